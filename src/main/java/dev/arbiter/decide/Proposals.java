package dev.arbiter.decide;

import dev.arbiter.model.Action;
import dev.arbiter.policy.InventoryTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every proposer over one window and returns their actions in a deterministic order. */
public final class Proposals {
    /** Type first (in the order of {@code ActionType}), then subject, then the one-line description. */
    private static final Comparator<Action> ORDER = Comparator.comparing((Action a) -> a.type().ordinal())
            .thenComparing(Action::subject)
            .thenComparing(Action::describe);

    private Proposals() {}

    /** The proposers of issue 2 with their default settings. */
    public static List<Proposer> standardProposers() {
        return List.of(
                new ProposingBidChanges(ProposingBidChanges.Settings.defaults()),
                new PausingAdsBeforeStockout(),
                new NegatingWastedSearchTerms(NegatingWastedSearchTerms.Settings.defaults()),
                new ProposingRestockOrders(StockOutlook.windowAverages(InventoryTerms.defaults())));
    }

    /** Every action the standard proposers recommend, sorted by type, subject and description. */
    public static List<Action> propose(ProposalInput input) {
        return propose(input, standardProposers());
    }

    /** Every action the given proposers recommend, sorted by type, subject and description. */
    public static List<Action> propose(ProposalInput input, List<Proposer> proposers) {
        List<Action> actions = new ArrayList<>();
        for (Proposer proposer : proposers) {
            actions.addAll(proposer.propose(input));
        }
        actions.sort(ORDER);
        return List.copyOf(actions);
    }
}
