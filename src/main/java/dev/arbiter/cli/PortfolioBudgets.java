package dev.arbiter.cli;

import dev.arbiter.decide.ArbitratingBudgets;
import dev.arbiter.decide.PortfolioArbitration;
import dev.arbiter.decide.PortfolioEnvelope;
import dev.arbiter.economics.CampaignSpendHistory;
import dev.arbiter.economics.PortfolioEconomics;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SpendDay;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.govern.Context;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.ConditionalBudget;
import dev.arbiter.policy.Expression;
import dev.arbiter.policy.OperatingModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Budget arbitration wired to a workspace: campaigns and their portfolios from the latest bulksheet, 60 days of
 * daily history, the operating model's envelopes released on each portfolio's own SKUs, and the guardrail context
 * of a budget change (the campaign's main SKU and its portfolio).
 */
final class PortfolioBudgets {
    /** Days of daily history a spend-response curve is fitted from, ending on the decision window's last day. */
    static final int HISTORY_DAYS = 60;

    private final OperatingModel model;
    private final LocalDate through;
    private final Map<CampaignId, CampaignSpendHistory> campaigns;
    private final Map<String, PortfolioEconomics> portfolios;
    private final List<PortfolioEnvelope> envelopes;

    private PortfolioBudgets(OperatingModel model, LocalDate through, List<CampaignSpendHistory> campaigns,
            Map<String, PortfolioEconomics> portfolios) {
        this.model = model;
        this.through = through;
        this.campaigns = campaigns.stream()
                .collect(Collectors.toMap(CampaignSpendHistory::campaignId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        this.portfolios = portfolios;
        this.envelopes = model.budgets().stream().map(this::envelope).toList();
    }

    /** Reads the campaigns' history for the window's last {@value #HISTORY_DAYS} days and its portfolios' figures. */
    static PortfolioBudgets of(EconomicsQueries economics, OperatingModel model, DateRange window,
            List<SkuEconomics> skus) {
        List<CampaignSpendHistory> campaigns = economics.campaignHistories(
                new DateRange(window.to().minusDays(HISTORY_DAYS - 1L), window.to()));
        Map<Sku, SkuEconomics> bySku = skus.stream()
                .collect(Collectors.toMap(SkuEconomics::sku, Function.identity(), (a, b) -> a));
        Map<String, List<CampaignSpendHistory>> byPortfolio = new LinkedHashMap<>();
        campaigns.forEach(c -> byPortfolio.computeIfAbsent(c.portfolioName(), p -> new ArrayList<>()).add(c));
        Map<String, PortfolioEconomics> portfolios = new LinkedHashMap<>();
        byPortfolio.forEach((name, members) -> portfolios.put(name,
                PortfolioEconomics.of(name, members, bySku, spend(members, window, model))));
        return new PortfolioBudgets(model, window.to(), campaigns, portfolios);
    }

    /** The proposer, its steps bounded by the budget decision right's local authority. */
    ArbitratingBudgets proposer() {
        ArbitratingBudgets.Settings defaults = ArbitratingBudgets.Settings.defaults();
        double step = model.decisionRight(ActionType.BUDGET_CHANGE)
                .map(right -> right.autoWithin().maxStepPct())
                .filter(OptionalDouble::isPresent)
                .map(limit -> limit.getAsDouble() / 100)
                .orElse(defaults.maxStepPct());
        return new ArbitratingBudgets(new ArbitratingBudgets.Input(List.copyOf(campaigns.values()), envelopes, through),
                defaults.withMaxStepPct(step));
    }

    /** Every portfolio's arbitration on these SKUs' economics, for the report. */
    List<PortfolioArbitration> arbitrate(List<SkuEconomics> skus) {
        return proposer().arbitrate(skus.stream()
                .collect(Collectors.toMap(SkuEconomics::sku, Function.identity(), (a, b) -> a)));
    }

    /** Whether the budget change's campaign is in the latest bulksheet. */
    boolean knows(BudgetChange change) {
        return campaigns.containsKey(change.campaignId());
    }

    /**
     * What guardrails read for a budget change: the campaign's main SKU as {@code sku.*} (when the window has its
     * economics) and its portfolio as {@code portfolio.*} (when the operating model sets its envelope).
     */
    Context context(BudgetChange change, Map<Sku, SkuEconomics> skus) {
        CampaignSpendHistory campaign = campaigns.get(change.campaignId());
        if (campaign == null) {
            return Context.empty();
        }
        Context context = campaign.mainSku().map(skus::get).map(Context::forSku).orElseGet(Context::empty);
        Optional<ConditionalBudget> budget = budget(campaign.portfolioName());
        PortfolioEconomics portfolio = portfolios.get(campaign.portfolioName());
        return budget.isPresent() && portfolio != null ? context.withPortfolio(budget.get(), portfolio) : context;
    }

    private PortfolioEnvelope envelope(ConditionalBudget budget) {
        PortfolioEconomics portfolio = portfolios.get(budget.portfolio());
        boolean released = portfolio != null && budget.releasedFor(Context.empty().withPortfolio(budget, portfolio));
        return new PortfolioEnvelope(budget.portfolio(), budget.kind(), budget.monthly(), released,
                budget.releaseWhen().map(Expression::source).orElse(""));
    }

    private Optional<ConditionalBudget> budget(String portfolio) {
        return model.budgets().stream().filter(b -> b.portfolio().equals(portfolio)).findFirst();
    }

    private static Money spend(List<CampaignSpendHistory> members, DateRange window, OperatingModel model) {
        double total = members.stream().flatMap(c -> c.days().stream())
                .filter(day -> window.contains(day.day()))
                .mapToDouble(SpendDay::spend).sum();
        return Money.of(BigDecimal.valueOf(total), java.util.Currency.getInstance(model.currency()));
    }
}
