package dev.arbiter.report;

import dev.arbiter.economics.Contribution;
import static dev.arbiter.report.ReportFixtures.DAY_1;
import static dev.arbiter.report.ReportFixtures.DAY_2;
import static dev.arbiter.report.ReportFixtures.threeSkusOverTwoDays;
import static dev.arbiter.report.ReportFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private static final double EXACT = 1e-9;

    private final HolisticReport report = ReportBuilder.build(threeSkusOverTwoDays());

    @Test
    void profitability_adds_every_cost_down_to_contribution_after_ads() {
        // revenue 300 + 180 + 90; COGS 90 + 60 + 30; fees 75 + 45 + 20; returns 10 + 5 + 0; ads 50 + 75 + 25
        Contribution total = report.profitability().total();
        assertEquals(new Contribution(usd("570"), usd("180"), usd("140"), usd("15"), usd("150")), total);
        assertEquals(usd("235"), total.contributionBeforeAds()); // 570 − 180 − 140 − 15
        assertEquals(usd("85"), total.contributionAfterAds()); // 235 − 150
    }

    @Test
    void categories_are_summed_and_ordered_by_revenue() {
        var categories = report.profitability().byCategory();
        assertEquals(List.of("Kitchen", "Boards"), categories.stream().map(c -> c.category()).toList());
        assertEquals(usd("480"), categories.get(0).contribution().revenue());
        assertEquals(usd("70"), categories.get(0).contribution().contributionAfterAds()); // 75 + (−5)
        assertEquals(usd("15"), categories.get(1).contribution().contributionAfterAds());
    }

    @Test
    void three_skus_split_into_the_two_best_and_the_one_worst_by_contribution_after_ads() {
        assertEquals(List.of(new Sku("GP-01"), new Sku("BOARD-9")),
                report.profitability().best().stream().map(s -> s.sku()).toList());
        assertEquals(List.of(new Sku("GP-02")), report.profitability().worst().stream().map(s -> s.sku()).toList());
    }

    @Test
    void objectives_compare_their_acos_with_the_target_their_break_even_allows() {
        List<ObjectiveLine> objectives = report.objectives();
        assertEquals(List.of(Objective.LAUNCH, Objective.GROWTH, Objective.PROFIT),
                objectives.stream().map(ObjectiveLine::objective).toList());
        ObjectiveLine launch = objectives.get(0);
        assertEquals(0.5, launch.acos(), EXACT); // 75 / 150
        assertEquals(70.0 / 180 + 0.15, launch.targetAcos(), EXACT); // break-even 70/180 + launch allowance
        assertEquals(ObjectiveLine.Standing.WITHIN_TARGET, launch.standing());
        ObjectiveLine growth = objectives.get(1);
        assertEquals(25.0 / 45, growth.acos(), EXACT);
        assertEquals(40.0 / 90, growth.targetAcos(), EXACT); // growth runs at break-even
        assertEquals(ObjectiveLine.Standing.ABOVE_TARGET, growth.standing());
        assertEquals(1, growth.skusAboveTarget());
        ObjectiveLine profit = objectives.get(2);
        assertEquals(125.0 / 300 - 0.10, profit.targetAcos(), EXACT); // break-even minus required margin
        assertEquals(usd("75"), profit.contribution().contributionAfterAds());
        assertEquals(ObjectiveLine.Standing.WITHIN_TARGET, profit.standing()); // 50/160 = 0.3125 ≤ 0.3167
    }

    @Test
    void retail_health_weights_buy_box_by_sessions_and_flags_cover() {
        RetailHealth retail = report.retailHealth();
        assertEquals(2.5 / 3, retail.inStockRate(), EXACT); // (1 + 1 + 0.5) / 3
        assertEquals(0.9, retail.buyBoxShare(), EXACT); // (172 + 120 + 68) / 400 sessions
        assertEquals(List.of(new Sku("BOARD-9"), new Sku("GP-01")),
                retail.belowLeadTime().stream().map(RetailHealth.CoverLine::sku).toList()); // 0 < 14, 18.7 < 21
        assertEquals(List.of(new Sku("GP-02")),
                retail.overstocked().stream().map(RetailHealth.CoverLine::sku).toList()); // 132 > 90
        assertEquals(List.of(1, 0, 1, 0, 0, 1, 0, 0),
                retail.coverDistribution().stream().map(RetailHealth.CoverBucket::skus).toList());
    }

    @Test
    void media_takes_delivery_from_targets_and_spend_from_the_skus() {
        MediaDelivery media = report.media();
        assertEquals(1500, media.impressions());
        assertEquals(30, media.clicks());
        assertEquals(0.02, media.clickThroughRate(), EXACT);
        assertEquals(1.5, media.costPerClick(), EXACT); // 45 / 30
        assertEquals(usd("355"), media.adSales());
        assertEquals(150.0 / 355, media.acos(), EXACT);
        assertEquals(150.0 / 570, media.tacos(), EXACT);
    }

    @Test
    void the_daily_trend_sums_the_skus_of_each_day_inside_the_window_only() {
        List<MediaDelivery.DayLine> trend = report.media().trend();
        assertEquals(List.of(
                        new MediaDelivery.DayLine(DAY_1, usd("260"), usd("80"), usd("180"), usd("25")),
                        new MediaDelivery.DayLine(DAY_2, usd("310"), usd("70"), usd("175"), usd("60"))),
                trend);
    }

    @Test
    void conversion_is_units_per_session_overall_and_by_category() {
        Conversion conversion = report.conversion();
        assertEquals(400, conversion.sessions());
        assertEquals(24, conversion.units());
        assertEquals(0.06, conversion.unitSessionPct(), EXACT);
        Conversion.CategoryConversion kitchen = conversion.byCategory().get(0);
        assertEquals("Kitchen", kitchen.category());
        assertEquals(21.0 / 300, kitchen.unitSessionPct(), EXACT);
    }

    @Test
    void actions_are_grouped_into_taken_awaiting_by_role_blocked_by_guardrail_and_rejected() {
        ActionSummary actions = report.actions();
        assertEquals(List.of("a-1", "a-5"), actions.taken().stream().map(ActionLine::id).toList());
        assertEquals(List.of("ecommerce", "finance"),
                actions.awaiting().stream().map(ActionSummary.OwnedActions::owner).toList());
        assertEquals("margin-floor", actions.blocked().get(0).owner());
        assertEquals(List.of("a-6"), actions.rejected().stream().map(ActionLine::id).toList());
    }

    @Test
    void an_unknown_status_is_refused_with_the_statuses_that_exist() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ActionLine("x", ActionType.BID_CHANGE, "d", "done", "marketing",
                        ReportFixtures.actions().get(0).rationale()));
        assertEquals("unknown action status 'done'; expected one of proposed, auto_approved, awaiting, blocked, "
                + "approved, rejected, executed, measured", refused.getMessage());
    }

    @Test
    void a_window_without_any_data_is_reported_as_nothing_to_report() {
        ReportInput empty = new ReportInput("Acme", ReportFixtures.WINDOW, List.of(), List.of(), List.of(), List.of(),
                ObjectiveTerms.defaults());

        ArbiterException refused = assertThrows(ArbiterException.class, () -> ReportBuilder.build(empty));

        assertEquals(ErrorKind.USER, refused.kind());
        assertEquals("nothing to report for Acme in 2026-11-01..2026-11-02: no SKU economics, sales days or "
                + "advertising targets; ingest reports first", refused.getMessage());
    }

    @Test
    void data_in_two_currencies_is_refused() {
        ReportInput input = threeSkusOverTwoDays();
        Money euro = Money.of("1", "EUR");
        SkuDay euroDay = new SkuDay(DAY_1, new Sku("X"), "Kitchen", 1, 1, 1, euro, euro, euro, euro, euro, euro, 1);
        ReportInput mixed = new ReportInput(input.brand(), input.window(), input.skus(), List.of(euroDay),
                input.targets(), input.actions(), input.terms());

        ArbiterException refused = assertThrows(ArbiterException.class, () -> ReportBuilder.build(mixed));

        assertEquals("the report for Garlic & Co <Test> mixes EUR and USD; report one marketplace at a time",
                refused.getMessage());
    }
}
