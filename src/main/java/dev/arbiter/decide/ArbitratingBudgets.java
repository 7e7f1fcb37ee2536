package dev.arbiter.decide;

import dev.arbiter.economics.CampaignSpendHistory;
import dev.arbiter.economics.FittingSpendResponse;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SpendResponseFit;
import dev.arbiter.economics.SpendResponsePrior;
import dev.arbiter.model.Action;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.BudgetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Budget arbitration (issue 5 item 3): fits a spend-response curve per campaign, then moves each portfolio's daily
 * spend toward equal marginal contribution after ads across its campaigns, inside the portfolio's envelope and the
 * budget decision right's step. A defensive envelope is held as set; a growth envelope whose condition fails gives
 * no increase; no campaign's budget rises unless its next unit of spend keeps something after paying for itself.
 */
public final class ArbitratingBudgets implements Proposer {

    /**
     * @param maxStepPct the largest change of a campaign's daily spend in one run, a fraction
     * @param minChangePct changes smaller than this fraction are not proposed
     * @param recentDays the days whose average spend is the campaign's current spend
     * @param budgetLimitedShare a campaign spending at least this share of its budget is held back by it
     * @param minBudget the lowest daily budget Amazon accepts
     * @param clearlyNegative a budget is cut only where it binds (spend at least {@code budgetLimitedShare} of it on
     *     most recent days) and the marginal contribution after ads of its spend, halo counted, is below this (a loss
     *     per unit of spend); a budget that does not bind is left to its bids
     */
    public record Settings(double maxStepPct, double minChangePct, int recentDays, double budgetLimitedShare,
            BigDecimal minBudget, double clearlyNegative, FittingSpendResponse.Settings fitting) {
        /** ±20 % steps, 5 % minimum change, 14 recent days, bound at 90 % of budget, cuts of binding budgets below −0.25. */
        public static Settings defaults() {
            return new Settings(0.20, 0.05, 14, 0.9, BigDecimal.ONE, -0.25, FittingSpendResponse.Settings.defaults());
        }

        public Settings withMaxStepPct(double step) {
            return new Settings(step, minChangePct, recentDays, budgetLimitedShare, minBudget, clearlyNegative, fitting);
        }
    }

    /** The campaigns with their history through {@code through}, and the operating model's envelopes. */
    public record Input(List<CampaignSpendHistory> campaigns, List<PortfolioEnvelope> envelopes, LocalDate through) {
        public Input {
            campaigns = List.copyOf(campaigns);
            envelopes = List.copyOf(envelopes);
            Objects.requireNonNull(through, "through");
        }
    }

    private final Input input;
    private final Settings settings;
    private final FittingSpendResponse fitting;

    public ArbitratingBudgets(Input input, Settings settings) {
        this.input = Objects.requireNonNull(input, "input");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fitting = new FittingSpendResponse(settings.fitting());
    }

    @Override
    public List<Action> propose(ProposalInput economics) {
        List<Action> actions = new ArrayList<>();
        for (PortfolioArbitration portfolio : arbitrate(economics.skusBySku())) {
            portfolio.campaigns().stream().filter(CampaignArbitration::changed)
                    .map(campaign -> new BudgetChange(campaign.campaign().campaignId(),
                            campaign.campaign().campaignName(), campaign.campaign().portfolioId(),
                            campaign.campaign().endDate(), campaign.currentBudget(), campaign.proposedBudget(),
                            BudgetRationale.of(portfolio, campaign)))
                    .forEach(actions::add);
        }
        return actions;
    }

    /** Every portfolio's arbitration, in the order its campaigns first appear; campaigns without one form "". */
    public List<PortfolioArbitration> arbitrate(Map<Sku, SkuEconomics> skus) {
        Map<String, List<CampaignSpendHistory>> byPortfolio = new LinkedHashMap<>();
        input.campaigns().forEach(c -> byPortfolio.computeIfAbsent(c.portfolioName(), p -> new ArrayList<>()).add(c));
        List<PortfolioArbitration> portfolios = new ArrayList<>();
        byPortfolio.forEach((name, campaigns) -> portfolios.add(portfolio(name, campaigns, skus)));
        return portfolios;
    }

    private PortfolioArbitration portfolio(String name, List<CampaignSpendHistory> campaigns, Map<Sku, SkuEconomics> skus) {
        Optional<PortfolioEnvelope> envelope = name.isEmpty() ? Optional.empty()
                : input.envelopes().stream().filter(e -> e.portfolio().equals(name)).findFirst();
        SpendResponsePrior prior = fitting.portfolioPrior(campaigns.stream().map(CampaignSpendHistory::days).toList());
        List<Planned> planned = new ArrayList<>();
        List<SpendAllocation.Bounded> movable = new ArrayList<>();
        double heldSpend = 0;
        for (CampaignSpendHistory campaign : campaigns) {
            SpendResponseFit fit = fitting.fit(campaign.days(), campaign.margin(skus), prior);
            double spend = campaign.averageSpend(input.through(), settings.recentDays());
            Planned plan = plan(campaign, fit, spend, envelope);
            planned.add(plan);
            if (plan.bounds().isPresent()) {
                movable.add(plan.bounds().get());
            } else {
                heldSpend += spend;
            }
        }
        OptionalDouble daily = OptionalDouble.empty();
        if (envelope.isPresent() && envelope.get().growthAllowed()) {
            daily = OptionalDouble.of(Math.max(0, envelope.get().daily() - heldSpend));
        }
        SpendAllocation.Result allocation = new SpendAllocation(movable).within(daily);
        List<CampaignArbitration> outcomes = new ArrayList<>();
        int next = 0;
        for (Planned plan : planned) {
            double target = plan.bounds().isPresent() ? allocation.spends()[next++] : plan.spend();
            outcomes.add(outcome(plan, target));
        }
        return new PortfolioArbitration(name, envelope, allocation.level(), outcomes);
    }

    /** A campaign before allocation: its fit, current spend, bounds when it may move, and why it may not rise. */
    private record Planned(CampaignSpendHistory campaign, SpendResponseFit fit, double spend,
            Optional<SpendAllocation.Bounded> bounds, String note) {}

    private Planned plan(CampaignSpendHistory campaign, SpendResponseFit fit, double spend,
            Optional<PortfolioEnvelope> envelope) {
        if (envelope.map(e -> e.kind() == BudgetKind.DEFENSIVE).orElse(false)) {
            return new Planned(campaign, fit, spend, Optional.empty(), "defensive envelope: held as set");
        }
        if (!campaign.enabled()) {
            return new Planned(campaign, fit, spend, Optional.empty(), "campaign not enabled");
        }
        if (!fit.trustworthy()) {
            return new Planned(campaign, fit, spend, Optional.empty(), "curve not trustworthy: " + fit.doubtsText());
        }
        if (spend <= 0) {
            return new Planned(campaign, fit, spend, Optional.empty(), "no spend in the last " + settings.recentDays()
                    + " days");
        }
        double lower = spend * Math.max(0, 1 - settings.maxStepPct());
        double upper = spend * (1 + settings.maxStepPct());
        double marginal = fit.curve().marginalContributionAfterAds(spend);
        boolean binds = 2 * campaign.daysAtBudget(input.through(), settings.recentDays(), settings.budgetLimitedShare())
                > settings.recentDays();
        String held = "";
        if (!binds) {
            lower = spend;
            held = "no cut: the budget does not bind (its bids are the lever)";
        } else if (marginal >= settings.clearlyNegative()) {
            lower = spend;
            held = "no cut: marginal contribution after ads is not clearly negative";
        }
        String note = "";
        if (marginal <= 0) {
            upper = spend;
            note = "no increase: marginal contribution after ads is not positive";
        } else if (envelope.isPresent() && !envelope.get().released()) {
            upper = spend;
            note = "no increase: growth envelope withheld";
        } else if (spend < settings.budgetLimitedShare() * campaign.dailyBudget().amount().doubleValue()) {
            upper = spend;
            note = "no increase: the budget does not limit its spend";
        }
        if (!held.isEmpty()) {
            note = note.isEmpty() ? held : note + "; " + held;
        }
        return new Planned(campaign, fit, spend, Optional.of(new SpendAllocation.Bounded(fit.curve(), lower, upper)),
                note);
    }

    private CampaignArbitration outcome(Planned plan, double target) {
        Money budget = plan.campaign().dailyBudget();
        double spend = plan.spend();
        if (plan.bounds().isEmpty() || Math.abs(target / spend - 1) < settings.minChangePct()) {
            return new CampaignArbitration(plan.campaign(), plan.fit(), spend, spend, budget, budget, plan.note());
        }
        double current = budget.amount().doubleValue();
        boolean limited = spend >= settings.budgetLimitedShare() * current;
        double proposed = limited ? current * target / spend : Math.min(current, target);
        BigDecimal amount = BigDecimal.valueOf(proposed).setScale(2, RoundingMode.HALF_EVEN).max(settings.minBudget());
        Money next = Money.of(amount, budget.currency());
        if (Math.abs(proposed / current - 1) < settings.minChangePct() || next.compareTo(budget) == 0) {
            return new CampaignArbitration(plan.campaign(), plan.fit(), spend, spend, budget, budget, plan.note());
        }
        return new CampaignArbitration(plan.campaign(), plan.fit(), spend, target, budget, next, plan.note());
    }
}
