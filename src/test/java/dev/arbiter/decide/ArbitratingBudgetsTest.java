package dev.arbiter.decide;

import static dev.arbiter.decide.Skus.aProfitSku;
import static dev.arbiter.decide.Skus.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.CampaignSpendHistory;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SpendDay;
import dev.arbiter.model.Action;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.BudgetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Budget arbitration on campaigns whose daily sales follow {@code scale × spend^elasticity} exactly, spending 20 and
 * 30 a day by turns (25 on average) against a budget of 22.00, which binds (every day spends at least 90 % of it, 19.80);
 * every SKU keeps 45 % before ads (Skus' default).
 */
class ArbitratingBudgetsTest {
    private static final LocalDate THROUGH = LocalDate.of(2026, 3, 28);
    private static final List<SkuEconomics> SKUS = List.of(
            aProfitSku("GP-01").build(), aProfitSku("GP-02").build(), aProfitSku("GP-03").build());

    @Test
    void the_allocation_equalises_marginal_contribution_as_the_closed_form_for_power_curves_says() {
        // b = 0.5, margin 0.45: campaign i's optimum under an envelope is s_i ∝ (0.45 × a_i × 0.5)², so a = 20 and a = 40
        // split 50 a day 1 : 4, i.e. 10 and 40, where both keep 0.45 × a × 0.5 / √s − 1 = 0.4230 per unit of spend (the
        // first keeps −0.10 now, which the defaults do not count as clearly negative: this test cuts below 0)
        PortfolioEnvelope growth = new PortfolioEnvelope("Growth", BudgetKind.GROWTH, usd("1520.83"), true, "true");
        ArbitratingBudgets proposer = new ArbitratingBudgets(new ArbitratingBudgets.Input(
                List.of(campaign("1", "Growth", "GP-01", 20, 0.5), campaign("2", "Growth", "GP-02", 40, 0.5)),
                List.of(growth), THROUGH), cutsWhereverTheMarginIsNegative().withMaxStepPct(10));
        PortfolioArbitration portfolio = proposer.arbitrate(bySku()).get(0);
        assertEquals(10.0, portfolio.campaigns().get(0).proposedSpend(), 0.01);
        assertEquals(40.0, portfolio.campaigns().get(1).proposedSpend(), 0.01);
        assertEquals(0.4230, portfolio.level(), 1e-3);
        // the budget binds, so it moves with the spend: 22.00 × 10 / 25 and 22.00 × 40 / 25
        assertEquals(List.of("22.00 → 8.80", "22.00 → 35.20"), changes(proposer));
    }

    @Test
    void a_defensive_envelope_is_untouched_and_growth_gets_no_increase_when_its_condition_fails() {
        PortfolioEnvelope defense = new PortfolioEnvelope("Brand Defense", BudgetKind.DEFENSIVE, usd("1000"), true, "");
        PortfolioEnvelope growth = new PortfolioEnvelope("Growth", BudgetKind.GROWTH, usd("20000"), false,
                "portfolio.contribution_after_ads_pct >= 0.08");
        // the defensive campaign loses money at the margin (0.45 × 20 × 0.5 / 5 − 1 = −0.1); the growth campaign would
        // keep 0.45 × 40 × 0.5 / 5 − 1 = +0.8 on its next unit of spend
        ArbitratingBudgets proposer = new ArbitratingBudgets(new ArbitratingBudgets.Input(
                List.of(campaign("1", "Brand Defense", "GP-01", 20, 0.5), campaign("2", "Growth", "GP-02", 40, 0.5)),
                List.of(defense, growth), THROUGH), ArbitratingBudgets.Settings.defaults());
        assertEquals(List.of(), changes(proposer));
        List<PortfolioArbitration> portfolios = proposer.arbitrate(bySku());
        assertEquals("defensive envelope: held as set", portfolios.get(0).campaigns().get(0).note());
        assertEquals("no increase: growth envelope withheld; no cut: marginal contribution after ads is not clearly"
                + " negative", portfolios.get(1).campaigns().get(0).note());
        assertEquals("growth, withheld: portfolio.contribution_after_ads_pct >= 0.08 does not hold",
                portfolios.get(1).state());
    }

    @Test
    void no_increase_where_marginal_contribution_is_not_positive_even_at_a_high_roas() {
        // ROAS 8 at 25 a day, but b = 0.1: the next unit brings 0.8 in sales and keeps 0.45 × 0.8 − 1 = −0.64; the
        // scale is 200 / 25^0.1 = 144.96 and the optimum (0.45 × 144.96 × 0.1)^(1/0.9) is 8.04 a day, so spend falls by
        // the full 20 % step to 20 a day and the binding budget with it: 22.00 × 20 / 25 = 17.60
        double scale = 8 * 25 / Math.pow(25, 0.1);
        ArbitratingBudgets proposer = new ArbitratingBudgets(new ArbitratingBudgets.Input(
                List.of(campaign("3", "Profit Core", "GP-03", scale, 0.1)), List.of(), THROUGH),
                ArbitratingBudgets.Settings.defaults());
        List<Action> actions = proposer.propose(input());
        assertEquals(List.of("22.00 → 17.60"), changes(proposer));
        assertEquals("Profit Core (no envelope in the operating model): at 25.00 a day marginal ROAS 0.80, so the next"
                + " 1.00 of spend keeps less than it costs; at 20.00 a day 0.98 (sales = 144.96 × spend^0.10)",
                actions.get(0).rationale().summary());
        assertEquals(new BigDecimal("-0.64"), actions.get(0).rationale().figure("marginal_contribution_before")
                .orElseThrow().value());
    }

    @Test
    void a_budget_that_does_not_limit_spend_is_not_raised() {
        // marginal contribution +0.8 at 25 a day, but the budget is 40.00: raising it buys nothing
        CampaignSpendHistory loose = campaign("2", "Growth", "GP-02", 40, 0.5, usd("40.00"));
        ArbitratingBudgets proposer = new ArbitratingBudgets(new ArbitratingBudgets.Input(
                List.of(loose), List.of(), THROUGH), ArbitratingBudgets.Settings.defaults());
        assertEquals(List.of(), changes(proposer));
        assertTrue(proposer.arbitrate(bySku()).get(0).campaigns().get(0).marginalContributionNow() > 0);
    }

    @Test
    void a_budget_that_does_not_bind_is_not_cut_even_where_its_spend_clearly_loses() {
        // the same −0.64 at the margin as above, but the budget is 40.00 and no day spends 36.00: the bids are the lever
        double scale = 8 * 25 / Math.pow(25, 0.1);
        ArbitratingBudgets proposer = new ArbitratingBudgets(new ArbitratingBudgets.Input(
                List.of(campaign("3", "Profit Core", "GP-03", scale, 0.1, usd("40.00"))), List.of(), THROUGH),
                ArbitratingBudgets.Settings.defaults());
        assertEquals(List.of(), changes(proposer));
        assertEquals("no increase: marginal contribution after ads is not positive; no cut: the budget does not bind"
                + " (its bids are the lever)", proposer.arbitrate(bySku()).get(0).campaigns().get(0).note());
    }

    @Test
    void the_organic_halo_of_the_spend_counts_before_a_binding_budget_is_cut() {
        // attributed sales 10 × spend^0.5 keep 0.45 × 10 × 0.5 / √25 − 1 = −0.55 at the margin: cut by the full step to
        // 20 a day, 22.00 × 20 / 25 = 17.60; with as much again in organic sales credited to the spend, sales are
        // 20 × spend^0.5 and keep 0.45 × 20 × 0.5 / 5 − 1 = −0.10, not clearly negative (−0.25): no cut
        ArbitratingBudgets attributedOnly = new ArbitratingBudgets(new ArbitratingBudgets.Input(
                List.of(campaign("4", "Profit Core", "GP-01", 10, 0.5, usd("22.00"), 1)), List.of(), THROUGH),
                ArbitratingBudgets.Settings.defaults());
        assertEquals(List.of("22.00 → 17.60"), changes(attributedOnly));
        ArbitratingBudgets withHalo = new ArbitratingBudgets(new ArbitratingBudgets.Input(
                List.of(campaign("4", "Profit Core", "GP-01", 10, 0.5, usd("22.00"), 2)), List.of(), THROUGH),
                ArbitratingBudgets.Settings.defaults());
        assertEquals(List.of(), changes(withHalo));
        assertEquals(-0.10, withHalo.arbitrate(bySku()).get(0).campaigns().get(0).marginalContributionNow(), 1e-6);
    }

    private static ArbitratingBudgets.Settings cutsWhereverTheMarginIsNegative() {
        ArbitratingBudgets.Settings defaults = ArbitratingBudgets.Settings.defaults();
        return new ArbitratingBudgets.Settings(defaults.maxStepPct(), defaults.minChangePct(), defaults.recentDays(),
                defaults.budgetLimitedShare(), defaults.minBudget(), 0, defaults.fitting());
    }

    private static CampaignSpendHistory campaign(String id, String portfolio, String sku, double scale, double b) {
        return campaign(id, portfolio, sku, scale, b, usd("22.00"));
    }

    private static CampaignSpendHistory campaign(String id, String portfolio, String sku, double scale, double b,
            dev.arbiter.model.Money budget) {
        return campaign(id, portfolio, sku, scale, b, budget, 1);
    }

    /** Attributed sales {@code scale × spend^b} a day, and {@code halo − 1} times as much again in organic sales. */
    private static CampaignSpendHistory campaign(String id, String portfolio, String sku, double scale, double b,
            dev.arbiter.model.Money budget, double halo) {
        List<SpendDay> days = new ArrayList<>();
        double sales = 0;
        for (int i = 0; i < 28; i++) {
            double spend = i % 2 == 0 ? 20 : 30;
            double attributed = scale * Math.pow(spend, b);
            days.add(new SpendDay(THROUGH.minusDays(i), spend, halo * attributed, attributed));
            sales += attributed;
        }
        return new CampaignSpendHistory(new CampaignId(id), "Campaign " + id, Optional.of("P-" + portfolio), portfolio,
                Optional.empty(), budget, true, days, Map.of(new Sku(sku), sales));
    }

    private static List<String> changes(ArbitratingBudgets proposer) {
        return proposer.propose(input()).stream().map(action -> (BudgetChange) action)
                .map(change -> change.currentBudget().plain() + " → " + change.newBudget().plain()).toList();
    }

    private static ProposalInput input() {
        return new ProposalInput(SKUS, List.of(), List.of(), Map.of(), ObjectiveTerms.defaults());
    }

    private static Map<Sku, SkuEconomics> bySku() {
        return input().skusBySku();
    }

}
