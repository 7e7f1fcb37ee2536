package dev.arbiter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.TargetDay;
import dev.arbiter.insights.ActionOutcome.Verdict;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.RestockOrder;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keyword 1 of SKU GP-01 (contribution before ads 50 % of revenue) has its bid cut on 10 March; N = 3 days, so before
 * is 7–9 March and after 11–13 March. Its contribution a day is sales × 0.5 − spend: 30 × 0.5 − 10 = 5 before; after
 * 7, 10 and 4. Keywords 2 and 3 of the same SKU, untouched and similar (spend 30 and 36 before against 30; ACoS 0.42
 * and 0.43 against 0.33), earn 2 a day before and 3 after. Keyword 4 spends five times as much and keyword 5 had its
 * own bid changed on 8 March: neither is a control.
 */
class MeasuringOutcomesTest {
    private static final LocalDate CUT = LocalDate.of(2026, 3, 10);
    private static final Sku SKU = new Sku("GP-01");
    private static final DateRange DATA = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 13));

    @Test
    void the_contribution_effect_is_the_difference_in_differences_worked_out_by_hand() {
        // gaps before 5 − 2 = 3 each day; after 7 − 3, 10 − 3, 4 − 3 = 4, 7, 1; effect 4 − 3 = 1 ± 7.452413
        ActionOutcome outcome = measure(DATA).get(0);

        ActionOutcome.Effects effects = outcome.effects().orElseThrow();
        assertEquals(1.0, effects.contribution().effect(), 1e-9);
        assertEquals(-6.452413, effects.contribution().low(), 1e-6);
        assertEquals(Verdict.INCONCLUSIVE, outcome.verdict());
        assertEquals(2, outcome.controls());
        assertEquals("contribution after ads +1.00 a day (95 % interval -6.45 to +8.45) against 2 controls", outcome.note());
    }

    @Test
    void spend_fell_by_two_a_day_against_controls_that_held_theirs() {
        // spend gaps: before 10 − 11 = −1, after 8 − 11 = −3 each day
        ActionOutcome.Effects effects = measure(DATA).get(0).effects().orElseThrow();

        assertEquals(new DifferenceInDifferences.Estimate(-2.0, -2.0, -2.0), effects.spend());
    }

    @Test
    void an_action_without_n_days_of_data_after_it_is_not_judged_yet() {
        ActionOutcome outcome = measure(new DateRange(DATA.from(), LocalDate.of(2026, 3, 11))).get(0);

        assertEquals(Verdict.NOT_YET, outcome.verdict());
        assertEquals("not enough days since execution yet: 1 of 3", outcome.note());
    }

    @Test
    void a_restock_order_acts_on_stock_and_is_not_measured_on_advertising() {
        RestockOrder order = new RestockOrder(SKU, "Acme", 100, Money.of("5.00", "USD"), new Rationale("r", List.of()));

        ActionOutcome outcome = new MeasuringOutcomes(units(), List.of(new ExecutedAction("A-2", order, CUT)), 3, DATA)
                .measure().get(0);

        assertEquals(Verdict.NOT_MEASURED, outcome.verdict());
    }

    private static List<ActionOutcome> measure(DateRange data) {
        List<ExecutedAction> executed = List.of(new ExecutedAction("A-1", bidCut("1"), CUT),
                new ExecutedAction("A-5", bidCut("5"), LocalDate.of(2026, 3, 8)));
        return new MeasuringOutcomes(units(), executed, 3, data).measure();
    }

    private static OutcomeUnits units() {
        List<TargetDay> days = new ArrayList<>();
        for (int d = 7; d <= 13; d++) {
            if (d == 10) {
                continue;
            }
            boolean after = d > 10;
            days.add(day(d, "1", after ? "8" : "10", after ? List.of("30", "36", "24").get(d - 11) : "30"));
            days.add(day(d, "2", "10", after ? "26" : "24"));
            days.add(day(d, "3", "12", after ? "30" : "28"));
            days.add(day(d, "4", "50", "150"));
            days.add(day(d, "5", "10", "24"));
        }
        return new OutcomeUnits(days, Map.of(SKU, "Kitchen"), Map.of(SKU, 0.5));
    }

    private static TargetDay day(int dayOfMonth, String keyword, String spend, String sales) {
        return new TargetDay(LocalDate.of(2026, 3, dayOfMonth), "keyword:" + keyword, new CampaignId("7"), SKU, 20,
                Money.of(spend, "USD"), Money.of(sales, "USD"), 2);
    }

    private static BidChange bidCut(String keyword) {
        TargetRef target = new TargetRef(TargetRef.Kind.KEYWORD, new CampaignId("7"), new AdGroupId("8"), keyword,
                "Garlic Press", "AG", "garlic press " + keyword, "exact");
        return new BidChange(target, SKU, Money.of("1.00", "USD"), Money.of("0.80", "USD"), new Rationale("r", List.of()));
    }
}
