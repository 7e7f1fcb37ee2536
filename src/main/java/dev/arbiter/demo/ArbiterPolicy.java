package dev.arbiter.demo;

import dev.arbiter.decide.ClearingOverstock;
import dev.arbiter.decide.PausedByArbiter;
import dev.arbiter.decide.PausingAdsBeforeStockout;
import dev.arbiter.decide.ProposalInput;
import dev.arbiter.decide.ProposingBidChanges;
import dev.arbiter.decide.ResumingAdsAfterRestock;
import dev.arbiter.decide.StockOutlook;
import dev.arbiter.economics.DailyUnits;
import dev.arbiter.model.Action;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.ResumeAds;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.InventoryTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Arbiter's own proposers applied as proposed (as if every action were approved), as {@code arbiter run} wires them:
 * bids from {@link ProposingBidChanges} with its default settings, overstock raises from {@link ClearingOverstock},
 * product ads paused by {@link PausingAdsBeforeStockout} and resumed by {@link ResumingAdsAfterRestock}, each SKU's
 * velocity forecast by Holt-Winters on the daily units the policy has seen (up to 13 weeks) at a 95 % service level.
 * Budgets are arbitrated by {@link ArbiterBudgets}; coupons and restock orders have no hook in the market and are not
 * applied.
 */
final class ArbiterPolicy implements BacktestPolicy {
    private static final int HISTORY_DAYS = 91;

    private final Account account;
    private final List<Product> products;
    private final ArbiterInput input;
    private final ProposingBidChanges bids = new ProposingBidChanges(ProposingBidChanges.Settings.defaults());
    private final Map<String, Integer> targetById = new HashMap<>();
    private final Map<String, Integer> adGroupById = new HashMap<>();
    private final Map<Sku, TreeMap<LocalDate, DailyUnits>> history = new LinkedHashMap<>();
    private final Map<Sku, PauseAds> paused = new LinkedHashMap<>();
    private final ArbiterBudgets budgets;

    ArbiterPolicy(Account account, List<Product> products) {
        this.account = account;
        this.products = List.copyOf(products);
        this.input = new ArbiterInput(account, products);
        this.budgets = new ArbiterBudgets(account, products);
        account.targets().forEach(target -> targetById.put(target.id(), target.index()));
        account.adGroups().forEach(adGroup -> adGroupById.put(adGroup.id(), adGroup.index()));
    }

    @Override
    public String name() {
        return "arbiter";
    }

    @Override
    public MarketSettings review(RecentDays recent, MarketSettings settings) {
        remember(recent);
        StockOutlook outlook = outlook();
        ProposalInput economics = withoutPausedAds(input.of(recent, settings));
        double minBuyBox = PausingAdsBeforeStockout.DEFAULT_MIN_BUY_BOX;
        ClearingOverstock.Settings clearing = ClearingOverstock.Settings.defaults();
        List<Action> actions = new ArrayList<>(new ClearingOverstock(new ClearingOverstock.Settings(
                ProposingBidChanges.Settings.defaults().maxStepPct(), clearing.minClicks(), clearing.maxDiscount(),
                clearing.minDiscount()), outlook, bids).propose(economics));
        actions.addAll(new PausingAdsBeforeStockout(minBuyBox, outlook).propose(economics));
        actions.addAll(new ResumingAdsAfterRestock(minBuyBox, outlook, new PausedByArbiter(paused)).propose(economics));
        MarketSettings next = settings;
        Set<Integer> pauseGroups = new HashSet<>();
        Set<Integer> resumeGroups = new HashSet<>();
        for (Action action : actions) {
            if (action instanceof BidChange change) {
                long cents = change.newBid().amount().movePointRight(2).longValueExact();
                next = next.withBid(targetById.get(change.target().targetId()), cents);
            } else if (action instanceof PauseAds pause) {
                paused.put(pause.sku(), pause);
                pause.ads().forEach(ad -> pauseGroups.add(adGroupById.get(ad.adGroupId().value())));
            } else if (action instanceof ResumeAds resume) {
                paused.remove(resume.sku());
                resume.ads().forEach(ad -> resumeGroups.add(adGroupById.get(ad.adGroupId().value())));
            }
        }
        for (Account.Target target : account.targets()) {
            if (pauseGroups.contains(target.adGroup())) {
                next = next.withTargetEnabled(target.index(), false);
            } else if (resumeGroups.contains(target.adGroup())) {
                next = next.withTargetEnabled(target.index(), true);
            }
        }
        return budgets.review(recent, next, economics);
    }

    /** Adds the days of the recent reports not seen before to each SKU's daily units, keeping the last 13 weeks. */
    private void remember(RecentDays recent) {
        for (MarketDay day : recent.days()) {
            for (Product product : products) {
                MarketDay.ListingDay listing = day.listings().get(product.index());
                TreeMap<LocalDate, DailyUnits> days = history.computeIfAbsent(new Sku(product.sku()), sku -> new TreeMap<>());
                days.put(day.day(), new DailyUnits(day.day(), listing.units(), listing.inStock()));
                while (days.size() > HISTORY_DAYS) {
                    days.pollFirstEntry();
                }
            }
        }
    }

    private StockOutlook outlook() {
        Map<Sku, List<DailyUnits>> days = new LinkedHashMap<>();
        history.forEach((sku, byDay) -> days.put(sku, List.copyOf(byDay.values())));
        return StockOutlook.fromHistory(days, Map.of(), InventoryTerms.defaults());
    }

    /** The product ads that serve now: those of SKUs this policy paused are left out, as a bulksheet would show. */
    private ProposalInput withoutPausedAds(ProposalInput economics) {
        Map<Sku, List<ProductAdRef>> serving = new LinkedHashMap<>(economics.productAds());
        paused.keySet().forEach(serving::remove);
        return new ProposalInput(economics.skus(), economics.targets(), economics.searchTerms(), serving,
                economics.terms());
    }
}
