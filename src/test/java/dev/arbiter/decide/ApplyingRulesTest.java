package dev.arbiter.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SkuTrend;
import dev.arbiter.model.Action;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Figure;
import dev.arbiter.model.ListingReview;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplyingRulesTest {
    private static final String MODEL = """
            marketplace: US
            decision_rights:
              listing.review: { decides: ecommerce }
            rules:
              - id: fix-the-listing
                when: "sku.sales_trend < -0.15 && sku.tacos > 0.08 && sku.rating_trend < -0.05"
                then: { action: listing.review, owner: ecommerce }
              - id: spend-hog
                when: "sku.ad_spend_share > 0.5"
                then: alert
            """;
    private static final DateRange WINDOW = DateRange.endingOn(LocalDate.of(2026, 11, 20), 28);

    @Test
    void sales_falling_and_ad_spend_high_and_ratings_falling_fire_a_listing_review_for_its_owner_with_the_values() {
        // A sells 10,000 with 1,200 of ads: TACoS 0.12; B sells 10,000 with 400: TACoS 0.04; brand spend 1,600.
        SkuEconomics a = sku("A-01", "1200.00");
        SkuEconomics b = sku("B-02", "400.00");
        // Both fell by a fifth and lost 0.2 stars; only A spends above 8 % of its revenue on ads.
        Map<Sku, SkuTrend> trends = Map.of(
                a.sku(), new SkuTrend(a.sku(), -0.20, -0.1, 4.1, -0.2, -0.03, 310),
                b.sku(), new SkuTrend(b.sku(), -0.20, -0.1, 4.1, -0.2, -0.03, 95));

        ApplyingRules.Outcome outcome = new ApplyingRules(model().rules(), trends).evaluate(input(a, b));

        assertEquals(1, outcome.actions().size());
        ListingReview review = (ListingReview) outcome.actions().get(0);
        assertEquals("review the listing of A-01 (rule fix-the-listing, for ecommerce)", review.describe());
        assertEquals("rule fix-the-listing holds: sku.sales_trend < -0.15 && sku.tacos > 0.08 && sku.rating_trend"
                + " < -0.05 (sku.tacos = 0.1200, sku.sales_trend = -0.2000, sku.rating_trend = -0.2000)",
                review.rationale().summary());
        assertEquals(List.of(Figure.ratio("tacos", 0.12), Figure.ratio("sales_trend", -0.2),
                Figure.stars("rating_trend", -0.2)), review.rationale().figures());
        // A takes 1,200 of 1,600 of the brand's ad spend: 75 % > 50 %; B 25 %.
        assertEquals(1, outcome.alerts().size());
        assertEquals("rule:spend-hog", outcome.alerts().get(0).kind());
        assertEquals(new Sku("A-01"), outcome.alerts().get(0).sku());
        assertEquals(List.of(Figure.ratio("ad_spend_share", 0.75)), outcome.alerts().get(0).figures());
    }

    @Test
    void a_sku_without_ratings_never_fires_a_rule_that_reads_its_rating_trend() {
        SkuEconomics a = sku("A-01", "1200.00");

        List<Action> actions = new ApplyingRules(model().rules(), Map.of()).propose(input(a));

        assertEquals(List.of(), actions);
    }

    @Test
    void a_rule_naming_an_unknown_variable_is_refused_at_load_with_its_line_and_column() {
        String text = MODEL.replace("sku.rating_trend < -0.05", "sku.rating_trnd < -0.05");

        ArbiterException failure = assertThrows(ArbiterException.class,
                () -> OperatingModelFile.parse("operating-model.yaml", text));

        assertEquals("""
                1 problem in operating-model.yaml:
                operating-model.yaml:6:59: unknown variable 'sku.rating_trnd'; did you mean 'sku.rating_trend'?
                 |     when: "sku.sales_trend < -0.15 && sku.tacos > 0.08 && sku.rating_trnd < -0.05"
                 | ..........................................................^""", failure.getMessage());
    }

    @Test
    void a_rule_whose_owner_lacks_the_decision_right_or_whose_action_no_rule_may_fire_is_refused_at_load() {
        String text = MODEL.replace("then: { action: listing.review, owner: ecommerce }",
                "then: { action: listing.review, owner: marketing }")
                .replace("then: alert", "then: { action: bid.change, owner: marketing }");

        ArbiterException failure = assertThrows(ArbiterException.class,
                () -> OperatingModelFile.parse("operating-model.yaml", text));

        assertEquals(List.of(
                "operating-model.yaml:7:44: marketing does not hold the decision right for listing.review (ecommerce"
                        + " decides it); make the owner ecommerce or change decision_rights",
                "operating-model.yaml:10:21: a rule cannot fire bid.change; a rule fires listing.review or ads.pause,"
                        + " or 'then: alert'"),
                failure.problems().stream().map(dev.arbiter.model.Problem::render).toList());
    }

    @Test
    void a_guardrail_reading_what_only_rules_know_is_refused_at_load() {
        String text = MODEL.replace("rules:", """
                guardrails:
                  - id: no-spend-on-poor-ratings
                    owner: marketing
                    applies_to: [listing.review]
                    require: "sku.rating >= 4.0"
                rules:""");

        ArbiterException failure = assertThrows(ArbiterException.class,
                () -> OperatingModelFile.parse("operating-model.yaml", text));

        assertEquals(List.of("operating-model.yaml:8:15: 'sku.rating' is known to rules only; guardrails and budget"
                        + " conditions read the window's economics; write this condition as a rule"),
                failure.problems().stream().map(dev.arbiter.model.Problem::render).toList());
    }

    private static OperatingModel model() {
        return OperatingModelFile.parse("operating-model.yaml", MODEL);
    }

    private static ProposalInput input(SkuEconomics... skus) {
        return new ProposalInput(List.of(skus), List.of(), List.of(), Map.of(), ObjectiveTerms.defaults());
    }

    /** Revenue 10,000, COGS 4,000, fees 3,000 over 28 days, and the ad spend given. */
    private static SkuEconomics sku(String sku, String adSpend) {
        return new SkuEconomics(new Sku(sku), "B0TEST" + sku, "Test " + sku, "Garden", Objective.PROFIT, "Acme", 30,
                usd("8.00"), WINDOW, 500, 4000, usd("10000.00"), usd("4000.00"), usd("3000.00"), usd("0"),
                usd(adSpend), usd("3000.00"), 0.95, 1.0, 300, 0, 10, 30, usd("20.00"));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
