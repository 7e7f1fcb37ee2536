package dev.arbiter.cli;

import dev.arbiter.decide.ApplyingRules;
import dev.arbiter.decide.ProposalInput;
import dev.arbiter.decide.Proposals;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetAcos;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.economics.jdbc.StockQueries;
import dev.arbiter.execute.ExecutedItem;
import dev.arbiter.execute.ExecutionJournal;
import dev.arbiter.execute.ExecutionReport;
import dev.arbiter.execute.Executor;
import dev.arbiter.execute.bulksheet.BulksheetChannel;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Context;
import dev.arbiter.govern.Governor;
import dev.arbiter.govern.Ledger;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.PreviewingPolicyChange;
import dev.arbiter.govern.RecheckingApprovedActions;
import dev.arbiter.insights.Alert;
import dev.arbiter.insights.RetailMediaConflicts;
import dev.arbiter.model.Action;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.BudgetChange;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.OperatingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole loop on a loaded warehouse: economics, proposals, governance, execution of what is approved,
 * and the holistic report. Wired by hand here, the one place that knows every capability.
 */
final class Loop {
    /** Days of history every decision looks at, ending on the last day with data. */
    static final int WINDOW_DAYS = 28;
    /** Days of daily units each SKU's velocity forecast is fitted on. */
    static final int HISTORY_DAYS = 91;

    private final EconomicsQueries economics;
    private final OperatingModel model;
    private final Ledger ledger;
    private final ExecutionJournal journal;
    private final Clock clock;
    private Optional<StockQueries> stock = Optional.empty();

    Loop(EconomicsQueries economics, OperatingModel model, Ledger ledger, ExecutionJournal journal, Clock clock) {
        this.economics = economics;
        this.model = model;
        this.ledger = ledger;
        this.journal = journal;
        this.clock = clock;
    }

    /** The same loop, planning inventory on the warehouse's daily units and case packs (issue 5, item 4). */
    Loop withStock(StockQueries queries) {
        this.stock = Optional.of(queries);
        return this;
    }

    /** What one run did: how many actions it proposed and where it wrote its files. */
    record Outcome(
            DateRange window,
            int proposed,
            int autoApproved,
            int awaiting,
            int blocked,
            int returnedToAwaiting,
            int executed,
            List<Path> bulksheets,
            List<Path> purchaseOrders,
            List<Alert> alerts) {}

    DateRange window() {
        DateRange data = economics.dataRange()
                .orElseThrow(() -> new ArbiterException(
                        ErrorKind.USER,
                        "the workspace holds no Business Report yet; ingest the reports first (arbiter ingest --dir DIR FILE...)"));
        LocalDate from = data.to().minusDays(WINDOW_DAYS - 1L);
        return new DateRange(from.isBefore(data.from()) ? data.from() : from, data.to());
    }

    Outcome run(Path outDir, ProgressBar progress) {
        DateRange window = window();
        List<SkuEconomics> skus = economics.skus(window);
        List<TargetEconomics> targets = economics.targets(window);
        PortfolioBudgets budgets = PortfolioBudgets.of(economics, model, window, skus);
        progress.step("economics");
        ProposalInput input = new ProposalInput(skus, targets, economics.searchTerms(window),
                economics.enabledProductAds(), model.objectiveTerms());
        ApplyingRules rules = applyingRules(window);
        List<Action> actions = Proposals.propose(input,
                new Proposers(economics, model, ledger, clock, stock).forWindow(window, rules, budgets));
        List<Alert> alerts = new ArrayList<>(new RetailMediaConflicts(RetailMediaConflicts.Settings.defaults()).find(skus));
        alerts.addAll(rules.evaluate(input).alerts());
        progress.step("proposals");

        Map<Sku, SkuEconomics> bySku = skus.stream().collect(Collectors.toMap(SkuEconomics::sku, Function.identity()));
        Map<String, TargetEconomics> byTarget = targets.stream()
                .collect(Collectors.toMap(t -> t.target().key(), Function.identity(), (a, b) -> a));
        Governor governor = new Governor(model);
        int auto = 0;
        int awaiting = 0;
        int blocked = 0;
        List<Ledger.Proposal> proposals = new ArrayList<>(actions.size());
        for (Action action : actions) {
            proposals.add(new Ledger.Proposal(action,
                    governor.classify(action, context(action, bySku, byTarget, budgets)), window.to()));
        }
        for (LedgerEntry entry : ledger.recordAll(proposals)) {
            switch (entry.status()) {
                case AUTO_APPROVED -> auto++;
                case AWAITING -> awaiting++;
                case BLOCKED -> blocked++;
                default -> { }
            }
        }
        int returned = recheckApproved(window, bySku, byTarget, budgets).size();
        progress.step("governance");

        ExecutionReport execution = execute(outDir, window.to());
        progress.step("execution");
        List<Path> orders = execution.purchaseOrders().stream()
                .filter(file -> file.getFileName().toString().endsWith(".csv")).toList();
        return new Outcome(window, actions.size(), auto, awaiting, blocked, returned,
                (int) execution.count(ExecutedItem.Outcome.EXECUTED), execution.bulksheets(), orders, alerts);
    }

    /**
     * Re-checks every auto-approved or approved action not yet executed against the current data and operating model,
     * and returns to awaiting those whose basis changed, with the reason; returns the entries sent back.
     */
    List<LedgerEntry> recheckApproved(DateRange window, Map<Sku, SkuEconomics> bySku, Map<String, TargetEconomics> byTarget,
            PortfolioBudgets budgets) {
        RecheckingApprovedActions rechecking = new RecheckingApprovedActions(model);
        List<LedgerEntry> returned = new ArrayList<>();
        for (LedgerEntry entry : ledger.list(Optional.empty())) {
            if (entry.approved().isEmpty()) {
                continue;
            }
            boolean known = entry.action() instanceof BudgetChange budget
                    ? budgets.knows(budget)
                    : entry.action().servedSku().map(bySku::containsKey).orElse(false);
            Optional<Classification> changed = known
                    ? rechecking.basisChanged(entry, context(entry.action(), bySku, byTarget, budgets), window.to())
                    : Optional.of(rechecking.noCurrentData(entry, window.to()));
            changed.ifPresent(recheck -> returned.add(ledger.returnToAwaiting(entry.id(), recheck)));
        }
        return returned;
    }

    /**
     * How the open actions of the ledger would fare under a candidate operating model, on the current data; empty when
     * the workspace holds no data yet.
     */
    Optional<PreviewingPolicyChange.Impact> previewImpact(OperatingModel candidate) {
        if (economics.dataRange().isEmpty()) {
            return Optional.empty();
        }
        DateRange window = window();
        List<SkuEconomics> skus = economics.skus(window);
        Map<Sku, SkuEconomics> bySku = bySku(skus);
        Map<Sku, SkuEconomics> bySkuThen = bySku(economics.withObjectives(candidate.objectivePlan()).skus(window));
        Map<String, TargetEconomics> byTarget = economics.targets(window).stream()
                .collect(Collectors.toMap(t -> t.target().key(), Function.identity(), (a, b) -> a));
        PortfolioBudgets budgets = PortfolioBudgets.of(economics, model, window, skus);
        return Optional.of(new PreviewingPolicyChange(model, candidate).of(ledger.list(Optional.empty()),
                action -> action instanceof BudgetChange budget
                        ? Optional.of(budget).filter(budgets::knows).map(b -> budgets.context(b, bySku))
                        : action.servedSku().filter(bySku::containsKey)
                                .map(sku -> context(action, bySku, byTarget, budgets)),
                action -> action instanceof BudgetChange budget
                        ? Optional.of(budget).filter(budgets::knows).map(b -> budgets.context(b, bySkuThen))
                        : action.servedSku().filter(bySkuThen::containsKey)
                                .map(sku -> context(action, bySkuThen, byTarget, budgets))));
    }

    private static Map<Sku, SkuEconomics> bySku(List<SkuEconomics> skus) {
        return skus.stream().collect(Collectors.toMap(SkuEconomics::sku, Function.identity()));
    }

    /** The operating model's rules over each SKU's trends on the days ending with the window's last day. */
    private ApplyingRules applyingRules(DateRange window) {
        return new ApplyingRules(model.rules(), economics.trends(window.to()));
    }

    private Context context(Action action, Map<Sku, SkuEconomics> bySku, Map<String, TargetEconomics> byTarget,
            PortfolioBudgets budgets) {
        if (action instanceof BudgetChange budget) {
            return budgets.context(budget, bySku);
        }
        SkuEconomics sku = action.servedSku().map(bySku::get).orElse(null);
        if (sku == null) {
            throw new ArbiterException(ErrorKind.INTERNAL, "no economics for the SKU of " + action.describe());
        }
        Context context = Context.forSku(sku);
        if (action instanceof BidChange bid && byTarget.containsKey(bid.target().key())) {
            TargetEconomics target = byTarget.get(bid.target().key());
            double targetAcos = TargetAcos.of(sku.objective(), sku.breakEvenAcos(), model.objectiveTerms());
            context = context.withTarget(target, targetAcos);
        }
        return context;
    }

    /** Applies every approved action not yet executed: ad changes as one bulksheet, restock as purchase orders. */
    private ExecutionReport execute(Path outDir, LocalDate day) {
        return new Executor(ledger, journal, new BulksheetChannel(outDir, day), clock).execute(outDir, day, false);
    }
}
