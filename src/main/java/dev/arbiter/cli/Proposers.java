package dev.arbiter.cli;

import dev.arbiter.decide.ApplyingRules;
import dev.arbiter.decide.ClearingOverstock;
import dev.arbiter.decide.HarvestingSearchTerms;
import dev.arbiter.decide.NegatingWastedSearchTerms;
import dev.arbiter.decide.PausedByArbiter;
import dev.arbiter.decide.PausingAdsBeforeStockout;
import dev.arbiter.decide.Proposer;
import dev.arbiter.decide.ProposingBidChanges;
import dev.arbiter.decide.ProposingPriceChanges;
import dev.arbiter.decide.ProposingRestockOrders;
import dev.arbiter.decide.ResumingAdsAfterRestock;
import dev.arbiter.decide.StockOutlook;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.economics.jdbc.StockQueries;
import dev.arbiter.govern.Ledger;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ResumeAds;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.OperatingModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every proposer of a run, built with the data each needs beyond the window's economics: stock history and case packs,
 * the ledger's executed pauses, the account's exact keywords, each SKU's price history and the portfolios' budgets.
 */
final class Proposers {
    private final EconomicsQueries economics;
    private final OperatingModel model;
    private final Ledger ledger;
    private final Clock clock;
    private final Optional<StockQueries> stock;

    Proposers(EconomicsQueries economics, OperatingModel model, Ledger ledger, Clock clock, Optional<StockQueries> stock) {
        this.economics = economics;
        this.model = model;
        this.ledger = ledger;
        this.clock = clock;
        this.stock = stock;
    }

    /**
     * The standard proposers, with bid steps bounded by the bid decision right's local authority: each run moves a
     * bid as far as marketing may move it alone, and a larger correction arrives over successive runs, each one
     * checked against fresh data.
     */
    List<Proposer> forWindow(DateRange window, ApplyingRules rules, PortfolioBudgets budgets) {
        ProposingBidChanges.Settings defaults = ProposingBidChanges.Settings.defaults();
        double maxStep = model.decisionRight(ActionType.BID_CHANGE)
                .map(right -> right.autoWithin().maxStepPct())
                .filter(OptionalDouble::isPresent)
                .map(limit -> limit.getAsDouble() / 100)
                .orElse(defaults.maxStepPct());
        ProposingBidChanges bids = new ProposingBidChanges(new ProposingBidChanges.Settings(
                defaults.minClicks(), maxStep, defaults.minBid(), defaults.minChangePct()), model.objectivePlan());
        StockOutlook outlook = stockOutlook(window);
        ClearingOverstock.Settings clearing = ClearingOverstock.Settings.defaults();
        List<Proposer> proposers = new ArrayList<>(List.of(new ClearingOverstock(new ClearingOverstock.Settings(
                maxStep, clearing.minClicks(), clearing.maxDiscount(), clearing.minDiscount()), outlook, bids)));
        proposers.add(new NegatingWastedSearchTerms(NegatingWastedSearchTerms.Settings.defaults()));
        proposers.add(harvesting(window));
        proposers.addAll(inventoryProposers(outlook));
        proposers.add(rules);
        proposers.add(pricing());
        proposers.add(budgets.proposer());
        return proposers;
    }

    /** Each SKU's forecast from its last 13 weeks of daily units, case packs and the operating model's service level. */
    private StockOutlook stockOutlook(DateRange window) {
        DateRange history = new DateRange(window.to().minusDays(Loop.HISTORY_DAYS - 1L), window.to());
        return stock
                .map(q -> StockOutlook.fromHistory(q.dailyUnits(history), q.casePacks(), model.inventoryTerms()))
                .orElseGet(() -> StockOutlook.windowAverages(model.inventoryTerms()));
    }

    /** Pauses, resumptions and restock orders, with the pauses Arbiter executed and has not undone (the ledger's). */
    private List<Proposer> inventoryProposers(StockOutlook outlook) {
        Map<Sku, PauseAds> paused = new LinkedHashMap<>();
        for (LedgerEntry entry : ledger.list(Optional.of(Status.EXECUTED))) {
            if (entry.action() instanceof PauseAds pause) {
                paused.put(pause.sku(), pause);
            } else if (entry.action() instanceof ResumeAds resume) {
                paused.remove(resume.sku());
            }
        }
        double minBuyBox = PausingAdsBeforeStockout.DEFAULT_MIN_BUY_BOX;
        return List.of(new PausingAdsBeforeStockout(minBuyBox, outlook),
                new ResumingAdsAfterRestock(minBuyBox, outlook, new PausedByArbiter(paused)),
                new ProposingRestockOrders(outlook));
    }

    /** Harvesting with the account's exact keywords; a campaign it creates starts after the data ends, not before today. */
    private HarvestingSearchTerms harvesting(DateRange window) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = window.to().plusDays(1).isAfter(today) ? window.to().plusDays(1) : today;
        return new HarvestingSearchTerms(HarvestingSearchTerms.Settings.defaults(),
                new HarvestingSearchTerms.Account(economics.exactKeywords(), start));
    }

    /** Price changes from each SKU's own price history, over every day the warehouse holds (a window is too short). */
    private ProposingPriceChanges pricing() {
        List<SkuDay> history = economics.dataRange().map(economics::skuDays).orElse(List.of());
        return new ProposingPriceChanges(history, ProposingPriceChanges.Settings.defaults());
    }
}
