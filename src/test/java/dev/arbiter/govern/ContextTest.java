package dev.arbiter.govern;

import static dev.arbiter.govern.OperatingModels.theDemoModel;
import static dev.arbiter.govern.Skus.aProfitableSku;
import static dev.arbiter.govern.Skus.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.PortfolioEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.policy.ConditionalBudget;
import dev.arbiter.policy.Rule;
import dev.arbiter.policy.Variable;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContextTest {

    @Test
    void a_sku_context_carries_its_economics_under_sku_names() {
        Context context = Context.forSku(aProfitableSku().build());

        assertEquals("GP-01", context.valueOf(Variable.SKU_SKU));
        assertEquals("profit", context.valueOf(Variable.SKU_OBJECTIVE));
        assertEquals(500L, context.valueOf(Variable.SKU_UNITS));
        assertEquals(3000.0, context.valueOf(Variable.SKU_CONTRIBUTION_BEFORE_ADS));
        assertEquals(0.2, (double) context.valueOf(Variable.SKU_CONTRIBUTION_AFTER_ADS_PCT), 1e-12);
        assertEquals(0.25, (double) context.valueOf(Variable.SKU_ACOS), 1e-12);
        assertEquals(0.1, (double) context.valueOf(Variable.SKU_TACOS), 1e-12);
        assertEquals(20.0, context.valueOf(Variable.SKU_PRICE));
    }

    @Test
    void what_a_context_does_not_know_is_nan_zero_or_empty() {
        Context context = Context.forSku(aProfitableSku().build());

        assertEquals(Double.NaN, context.valueOf(Variable.SKU_SALES_TREND_28D));
        assertEquals(0L, context.valueOf(Variable.TARGET_CLICKS));
        assertEquals("", context.valueOf(Variable.PORTFOLIO_NAME));
    }

    @Test
    void a_target_adds_its_delivery_and_the_acos_its_objective_allows() {
        var target = new TargetEconomics(Actions.aBidChange("1.10").target(), new dev.arbiter.model.Sku("GP-01"),
                usd("1.00"), "enabled", dev.arbiter.model.DateRange.endingOn(LocalDate.of(2026, 11, 20), 28), 9000, 120,
                6, 6, usd("90.00"), usd("300.00"));

        Context context = Context.forSku(aProfitableSku().build()).withTarget(target, 0.2);

        assertEquals(120L, context.valueOf(Variable.TARGET_CLICKS));
        assertEquals(0.3, (double) context.valueOf(Variable.TARGET_ACOS), 1e-12);
        assertEquals(0.2, context.valueOf(Variable.TARGET_TARGET_ACOS));
        assertEquals(0.0, (double) context.valueOf(Variable.TARGET_CONTRIBUTION_AFTER_ADS), 1e-9);
    }

    @Test
    void incremental_spend_with_a_good_roas_but_a_negative_marginal_contribution_is_blocked() {
        var model = dev.arbiter.policy.yaml.OperatingModelFile.parse("operating-model.yaml", """
                marketplace: US
                decision_rights:
                  bid.change: { decides: marketing, auto_within: { max_step_pct: 30 } }
                guardrails:
                  - id: incremental-spend-must-pay
                    owner: finance
                    applies_to: [bid.change]
                    require: "action.step_pct <= 0.0 || target.contribution_after_ads > 0.0"
                    because: "more spend only where the target's spend keeps contribution, not just ROAS"
                """);
        Governor governor = new Governor(model);
        Context sku = Context.forSku(aProfitableSku().build());
        var window = dev.arbiter.model.DateRange.endingOn(LocalDate.of(2026, 11, 20), 28);
        var roasTwoAndAHalf = new TargetEconomics(Actions.aBidChange("1.10").target(), new dev.arbiter.model.Sku("GP-01"),
                usd("1.00"), "enabled", window, 9000, 120, 6, 6, usd("120.00"), usd("300.00"));
        var roasFive = new TargetEconomics(Actions.aBidChange("1.10").target(), new dev.arbiter.model.Sku("GP-01"),
                usd("1.00"), "enabled", window, 9000, 120, 6, 6, usd("60.00"), usd("300.00"));

        assertEquals(java.util.Optional.of("incremental-spend-must-pay"), governor.classify(Actions.aBidChange("1.10"),
                sku.withTarget(roasTwoAndAHalf, 0.2)).verdict().blockedBy());
        assertEquals(java.util.Optional.empty(), governor.classify(Actions.aBidChange("1.10"),
                sku.withTarget(roasFive, 0.2)).verdict().blockedBy());
        assertEquals(java.util.Optional.empty(), governor.classify(Actions.aBidChange("0.90"),
                sku.withTarget(roasTwoAndAHalf, 0.2)).verdict().blockedBy());
    }

    @Test
    void the_listing_rule_fires_when_sales_fall_tacos_is_high_and_rating_slips() {
        Rule fixTheListing = theDemoModel().rules().get(0);
        Context heavySpender = Context.forSku(aProfitableSku().adSpend("2000.00").build());

        var sku = new dev.arbiter.model.Sku("GP-01");
        assertTrue(fixTheListing.firesFor(heavySpender.withTrend(
                new dev.arbiter.economics.SkuTrend(sku, -0.20, Double.NaN, 4.1, -0.1, Double.NaN, 120), 0.3)));
        assertFalse(fixTheListing.firesFor(heavySpender.withTrend(
                new dev.arbiter.economics.SkuTrend(sku, -0.10, Double.NaN, 4.1, -0.1, Double.NaN, 120), 0.3)));
        assertFalse(fixTheListing.firesFor(heavySpender));
    }

    @Test
    void a_growth_budget_is_released_only_while_its_portfolio_keeps_eight_percent() {
        ConditionalBudget growth = theDemoModel().budgets().get(1);
        ConditionalBudget defense = theDemoModel().budgets().get(0);

        assertTrue(growth.releasedFor(Context.empty().withPortfolio(growth, usd("12000"), 0.08)));
        assertFalse(growth.releasedFor(Context.empty().withPortfolio(growth, usd("12000"), 0.05)));
        assertTrue(defense.releasedFor(Context.empty()));
    }

    @Test
    void a_growth_condition_reads_the_figures_of_the_portfolios_own_skus() {
        ConditionalBudget growth = theDemoModel().budgets().get(1);
        // its SKUs took 10,000 in revenue and kept 2,500 before ads; 1,800 of ads leave 700, 7 % of revenue: withheld
        PortfolioEconomics thin = new PortfolioEconomics("Growth", 3, usd("10000"), usd("2500"), usd("1800"), usd("1500"));
        PortfolioEconomics healthy = new PortfolioEconomics("Growth", 3, usd("10000"), usd("2500"), usd("1500"),
                usd("1500"));

        Context context = Context.empty().withPortfolio(growth, thin);
        assertEquals(0.07, (double) context.valueOf(Variable.PORTFOLIO_CONTRIBUTION_AFTER_ADS_PCT), 1e-12);
        assertEquals(700.0, context.valueOf(Variable.PORTFOLIO_CONTRIBUTION_AFTER_ADS));
        assertEquals(1500.0, context.valueOf(Variable.PORTFOLIO_SPEND));
        assertEquals(3L, context.valueOf(Variable.PORTFOLIO_SKUS));
        assertFalse(growth.releasedFor(context));
        assertTrue(growth.releasedFor(Context.empty().withPortfolio(growth, healthy)));
    }
}
