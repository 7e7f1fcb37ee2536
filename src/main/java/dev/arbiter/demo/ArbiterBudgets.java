package dev.arbiter.demo;

import dev.arbiter.decide.ArbitratingBudgets;
import dev.arbiter.decide.PortfolioEnvelope;
import dev.arbiter.decide.ProposalInput;
import dev.arbiter.economics.CampaignSpendHistory;
import dev.arbiter.economics.PortfolioEconomics;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SpendDay;
import dev.arbiter.govern.Context;
import dev.arbiter.model.Action;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.ConditionalBudget;
import dev.arbiter.policy.Expression;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Arbiter's budget arbitration in the backtest, as {@code arbiter run} does it: curves fitted on up to 60 days of
 * each campaign's history (remembered across reviews), its ad-attributed sales plus its share (by ad spend) of its
 * SKU's organic sales as the Business Report would show them, the demo operating model's envelopes released on each
 * portfolio's own SKUs, steps bounded by the budget decision right.
 */
final class ArbiterBudgets {
    static final int HISTORY_DAYS = 60;

    private final Account account;
    private final List<Product> products;
    private final OperatingModel model;
    private final Map<String, Integer> campaignById = new HashMap<>();
    private final TreeMap<LocalDate, AdTotals[]> history = new TreeMap<>();
    private final TreeMap<LocalDate, long[]> listingSales = new TreeMap<>();

    ArbiterBudgets(Account account, List<Product> products) {
        this.account = account;
        this.products = List.copyOf(products);
        this.model = demoOperatingModel();
        account.campaigns().forEach(campaign -> campaignById.put(campaign.id(), campaign.index()));
    }

    /** The settings with every proposed budget change applied. */
    MarketSettings review(RecentDays recent, MarketSettings settings, ProposalInput economics) {
        history.putAll(recent.byCampaignAndDay());
        for (MarketDay day : recent.days()) {
            listingSales.put(day.day(), day.listings().stream().mapToLong(MarketDay.ListingDay::salesCents).toArray());
        }
        while (history.size() > HISTORY_DAYS) {
            history.pollFirstEntry();
        }
        while (listingSales.size() > HISTORY_DAYS) {
            listingSales.pollFirstEntry();
        }
        List<CampaignSpendHistory> campaigns = campaigns(settings);
        MarketSettings next = settings;
        for (Action action : proposer(campaigns, economics, recent.latest().day()).propose(economics)) {
            BudgetChange change = (BudgetChange) action;
            long cents = change.newBudget().amount().movePointRight(2).longValue();
            next = next.withBudget(campaignById.get(change.campaignId().value()), cents);
        }
        return next;
    }

    private ArbitratingBudgets proposer(List<CampaignSpendHistory> campaigns, ProposalInput economics, LocalDate through) {
        Map<Sku, SkuEconomics> skus = economics.skusBySku();
        Map<String, List<CampaignSpendHistory>> byPortfolio = campaigns.stream()
                .collect(Collectors.groupingBy(CampaignSpendHistory::portfolioName));
        List<PortfolioEnvelope> envelopes = new ArrayList<>();
        for (ConditionalBudget budget : model.budgets()) {
            List<CampaignSpendHistory> members = byPortfolio.getOrDefault(budget.portfolio(), List.of());
            PortfolioEconomics portfolio = PortfolioEconomics.of(budget.portfolio(), members, skus,
                    ArbiterInput.usd(0));
            boolean released = budget.releasedFor(Context.empty().withPortfolio(budget, portfolio));
            envelopes.add(new PortfolioEnvelope(budget.portfolio(), budget.kind(), budget.monthly(), released,
                    budget.releaseWhen().map(Expression::source).orElse("")));
        }
        ArbitratingBudgets.Settings defaults = ArbitratingBudgets.Settings.defaults();
        double step = model.decisionRight(ActionType.BUDGET_CHANGE)
                .map(right -> right.autoWithin().maxStepPct())
                .filter(OptionalDouble::isPresent)
                .map(limit -> limit.getAsDouble() / 100)
                .orElse(defaults.maxStepPct());
        return new ArbitratingBudgets(new ArbitratingBudgets.Input(campaigns, envelopes, through),
                defaults.withMaxStepPct(step));
    }

    private List<CampaignSpendHistory> campaigns(MarketSettings settings) {
        List<CampaignSpendHistory> campaigns = new ArrayList<>();
        Map<Integer, Account.AdGroup> adGroupOfCampaign = account.adGroups().stream()
                .collect(Collectors.toMap(Account.AdGroup::campaign, Function.identity(), (a, b) -> a));
        for (Account.Campaign campaign : account.campaigns()) {
            int product = adGroupOfCampaign.get(campaign.index()).product();
            List<SpendDay> days = new ArrayList<>();
            double sales = 0;
            for (Map.Entry<LocalDate, AdTotals[]> day : history.entrySet()) {
                AdTotals totals = day.getValue()[campaign.index()];
                if (totals.spendCents() > 0 || totals.salesCents() > 0) {
                    double organic = organicShare(day.getKey(), day.getValue(), product, totals, adGroupOfCampaign);
                    days.add(new SpendDay(day.getKey(), totals.spendCents() / 100.0,
                            totals.salesCents() / 100.0 + organic, totals.salesCents() / 100.0));
                    sales += totals.salesCents() / 100.0;
                }
            }
            Sku sku = new Sku(products.get(product).sku());
            campaigns.add(new CampaignSpendHistory(new CampaignId(campaign.id()), campaign.name(),
                    java.util.Optional.of(account.portfolioOf(campaign).id()), account.portfolioOf(campaign).name(),
                    java.util.Optional.empty(), ArbiterInput.usd(settings.budgetCents(campaign.index())),
                    settings.campaignEnabled(campaign.index()), days, Map.of(sku, sales)));
        }
        return campaigns;
    }

    /**
     * The campaign's share of its SKU's organic sales on one day: the listing's sales less the ad sales of every
     * campaign advertising it, split by ad spend, as the warehouse's campaign history query does.
     */
    private double organicShare(LocalDate day, AdTotals[] byCampaign, int product, AdTotals own,
            Map<Integer, Account.AdGroup> adGroupOfCampaign) {
        long[] listings = listingSales.get(day);
        if (listings == null || own.spendCents() <= 0) {
            return 0;
        }
        long spend = 0;
        long adSales = 0;
        for (Account.Campaign other : account.campaigns()) {
            if (adGroupOfCampaign.get(other.index()).product() == product) {
                spend += byCampaign[other.index()].spendCents();
                adSales += byCampaign[other.index()].salesCents();
            }
        }
        return Math.max(0, listings[product] - adSales) / 100.0 * own.spendCents() / spend;
    }

    private static OperatingModel demoOperatingModel() {
        try (InputStream in = DemoBrand.class.getResourceAsStream("operating-model.yaml")) {
            if (in == null) {
                throw new ArbiterException(ErrorKind.INTERNAL, "the demo operating model resource is missing");
            }
            return OperatingModelFile.parse("operating-model.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "cannot read the demo operating model: " + e.getMessage(), e);
        }
    }
}
