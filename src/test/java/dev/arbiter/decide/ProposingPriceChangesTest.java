package dev.arbiter.decide;

import static dev.arbiter.decide.PriceHistories.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.PriceChange;
import dev.arbiter.model.Sku;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A SKU costing 5.00 a unit with no fees, listed at 10.00 with a promotion at 9.00 every 4th day. Contribution per day
 * at price p is units(p) × (p − 5) with units(p) = units today × (p / 10)^elasticity: it peaks at
 * 5 × elasticity / (1 + elasticity) when the elasticity is below −1, and rises without end above it.
 */
class ProposingPriceChangesTest {
    private final ProposingPriceChanges.Settings settings = ProposingPriceChanges.Settings.defaults();

    @Test
    void an_elastic_sku_is_cut_toward_its_best_price_but_by_no_more_than_ten_percent() {
        // elasticity −3: the best price is 5 × 3 / 2 = 7.50, 25 % below; bounded at 9.00, contribution per unit-day
        // goes from 5.00 to 0.9^−3 × 4.00 = 5.49 (+9.7 %)
        PriceChange change = onlyChange(history("GP-01", 56, "10.00", "9.00", 4, 1000, -3.0));

        assertEquals("9.00", change.newPrice().plain());
        assertEquals("10.00", change.currentPrice().plain());
        assertTrue(change.rationale().summary().startsWith("elasticity -3.00 ± 0.0"), change.rationale().summary());
        assertTrue(change.rationale().summary().contains(": at 9.00 instead of 10.00 expect "), change.rationale().summary());
        double now = change.rationale().figure("contribution_after_ads_per_day_now").orElseThrow().value().doubleValue();
        double then = change.rationale().figure("expected_contribution_after_ads_per_day").orElseThrow().value().doubleValue();
        assertEquals(Math.pow(0.9, -3) * 4 / 5, then / now, 0.002);
    }

    @Test
    void an_inelastic_sku_is_raised_by_ten_percent() {
        // elasticity −0.5: contribution rises with price, so the bound decides: 11.00 (1.1^−0.5 × 6 / 5 = +14.4 %)
        PriceChange change = onlyChange(history("GP-01", 56, "10.00", "9.00", 4, 1000, -0.5));

        assertEquals("11.00", change.newPrice().plain());
    }

    @Test
    void a_price_that_never_varied_proposes_nothing() {
        List<SkuDay> flat = history("GP-01", 56, "10.00", "10.00", 4, 1000, -3.0);

        assertEquals(List.of(), new ProposingPriceChanges(flat, settings).propose(input()));
    }

    private PriceChange onlyChange(List<SkuDay> history) {
        List<Action> actions = new ProposingPriceChanges(history, settings).propose(input());
        assertEquals(1, actions.size(), () -> "expected one price change, got " + actions);
        return (PriceChange) actions.get(0);
    }

    private static ProposalInput input() {
        Money zero = usd("0.00");
        SkuEconomics sku = new SkuEconomics(new Sku("GP-01"), "B0TEST0001", "Garlic press", "Kitchen", Objective.PROFIT,
                "Acme Tools", 30, usd("5.00"), new DateRange(PriceHistories.FIRST_DAY.plusDays(28), PriceHistories.FIRST_DAY.plusDays(55)),
                28000, 280000, usd("280000.00"), usd("140000.00"), zero, zero, zero, zero, 1.0, 1.0, 5000, 0, 1000, 5, usd("10.00"));
        return new ProposalInput(List.of(sku), List.of(), List.of(), Map.of(), ObjectiveTerms.defaults());
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
