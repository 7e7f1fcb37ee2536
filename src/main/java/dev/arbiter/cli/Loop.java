package dev.arbiter.cli;

import dev.arbiter.decide.ProposalInput;
import dev.arbiter.decide.Proposals;
import dev.arbiter.decide.Proposer;
import dev.arbiter.insights.Alert;
import dev.arbiter.insights.RetailMediaConflicts;
import dev.arbiter.decide.ProposingBidChanges;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetAcos;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.execute.bulksheet.BulksheetChannel;
import dev.arbiter.execute.ExecutedItem;
import dev.arbiter.execute.ExecutionJournal;
import dev.arbiter.execute.ExecutionReport;
import dev.arbiter.execute.Executor;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Context;
import dev.arbiter.govern.Governor;
import dev.arbiter.govern.Ledger;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.PreviewingPolicyChange;
import dev.arbiter.govern.RecheckingApprovedActions;
import dev.arbiter.model.Action;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.BidChange;
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
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole loop on a loaded warehouse: economics, proposals, governance, execution of what is approved,
 * and the holistic report. Wired by hand here, the one place that knows every capability.
 */
final class Loop {
    /** Days of history every decision looks at, ending on the last day with data. */
    static final int WINDOW_DAYS = 28;

    private final EconomicsQueries economics;
    private final OperatingModel model;
    private final Ledger ledger;
    private final ExecutionJournal journal;
    private final Clock clock;

    Loop(EconomicsQueries economics, OperatingModel model, Ledger ledger, ExecutionJournal journal, Clock clock) {
        this.economics = economics;
        this.model = model;
        this.ledger = ledger;
        this.journal = journal;
        this.clock = clock;
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
        progress.step("economics");
        List<Action> actions = Proposals.propose(
                new ProposalInput(skus, targets, economics.searchTerms(window), economics.enabledProductAds(),
                        model.objectiveTerms()),
                proposers());
        List<Alert> alerts = new RetailMediaConflicts(RetailMediaConflicts.Settings.defaults()).find(skus);
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
            proposals.add(new Ledger.Proposal(action, governor.classify(action, context(action, bySku, byTarget)),
                    window.to()));
        }
        for (LedgerEntry entry : ledger.recordAll(proposals)) {
            switch (entry.status()) {
                case AUTO_APPROVED -> auto++;
                case AWAITING -> awaiting++;
                case BLOCKED -> blocked++;
                default -> { }
            }
        }
        int returned = recheckApproved(window, bySku, byTarget).size();
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
    List<LedgerEntry> recheckApproved(DateRange window, Map<Sku, SkuEconomics> bySku, Map<String, TargetEconomics> byTarget) {
        RecheckingApprovedActions rechecking = new RecheckingApprovedActions(model);
        List<LedgerEntry> returned = new ArrayList<>();
        for (LedgerEntry entry : ledger.list(Optional.empty())) {
            if (entry.approved().isEmpty()) {
                continue;
            }
            boolean known = entry.action().servedSku().map(bySku::containsKey).orElse(false);
            Optional<Classification> changed = known
                    ? rechecking.basisChanged(entry, context(entry.action(), bySku, byTarget), window.to())
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
        Map<Sku, SkuEconomics> bySku = economics.skus(window).stream()
                .collect(Collectors.toMap(SkuEconomics::sku, Function.identity()));
        Map<String, TargetEconomics> byTarget = economics.targets(window).stream()
                .collect(Collectors.toMap(t -> t.target().key(), Function.identity(), (a, b) -> a));
        return Optional.of(new PreviewingPolicyChange(model, candidate).of(ledger.list(Optional.empty()),
                action -> action.servedSku().filter(bySku::containsKey).map(sku -> context(action, bySku, byTarget))));
    }

    /**
     * The standard proposers, with bid steps bounded by the bid decision right's local authority: each run moves a
     * bid as far as marketing may move it alone, and a larger correction arrives over successive runs, each one
     * checked against fresh data.
     */
    private List<Proposer> proposers() {
        ProposingBidChanges.Settings defaults = ProposingBidChanges.Settings.defaults();
        double maxStep = model.decisionRight(ActionType.BID_CHANGE)
                .map(right -> right.autoWithin().maxStepPct())
                .filter(OptionalDouble::isPresent)
                .map(limit -> limit.getAsDouble() / 100)
                .orElse(defaults.maxStepPct());
        ProposingBidChanges bids = new ProposingBidChanges(new ProposingBidChanges.Settings(
                defaults.minClicks(), maxStep, defaults.minBid(), defaults.minChangePct()));
        List<Proposer> proposers = new ArrayList<>(List.of(bids));
        Proposals.standardProposers().stream()
                .filter(proposer -> !(proposer instanceof ProposingBidChanges))
                .forEach(proposers::add);
        return proposers;
    }

    private Context context(Action action, Map<Sku, SkuEconomics> bySku, Map<String, TargetEconomics> byTarget) {
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
