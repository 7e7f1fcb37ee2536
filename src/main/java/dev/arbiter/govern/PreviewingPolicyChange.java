package dev.arbiter.govern;

import dev.arbiter.model.Action;
import dev.arbiter.policy.OperatingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The impact preview of a candidate operating model: every action still open in the ledger (auto-approved, awaiting,
 * blocked or approved, not executed) classified under the current model and under the candidate, on the same current
 * data, and the ones whose verdict would change.
 */
public final class PreviewingPolicyChange {
    private final Governor current;
    private final Governor candidate;

    public PreviewingPolicyChange(OperatingModel current, OperatingModel candidate) {
        this.current = new Governor(current);
        this.candidate = new Governor(candidate);
    }

    /** What the preview looked at and what would change. */
    public record Impact(int considered, List<VerdictChange> changes) {
        public Impact {
            changes = List.copyOf(changes);
        }
    }

    /**
     * @param contextOf the action's context on the current data, empty when its SKU has none (such actions are left out)
     */
    public Impact of(List<LedgerEntry> entries, Function<Action, Optional<Context>> contextOf) {
        return of(entries, contextOf, contextOf);
    }

    /**
     * @param contextNow the action's context on the current data under the current model
     * @param contextThen the same under the candidate, whose objectives may give its SKU another objective
     */
    public Impact of(List<LedgerEntry> entries, Function<Action, Optional<Context>> contextNow,
            Function<Action, Optional<Context>> contextThen) {
        int considered = 0;
        List<VerdictChange> changes = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            if (!open(entry.status())) {
                continue;
            }
            Optional<Context> context = contextNow.apply(entry.action());
            Optional<Context> contextUnderCandidate = contextThen.apply(entry.action());
            if (context.isEmpty() || contextUnderCandidate.isEmpty()) {
                continue;
            }
            considered++;
            Verdict now = current.classify(entry.action(), context.get()).verdict();
            Verdict then = candidate.classify(entry.action(), contextUnderCandidate.get()).verdict();
            if (!VerdictChange.same(now, then)) {
                changes.add(new VerdictChange(entry, now, then));
            }
        }
        return new Impact(considered, changes);
    }

    private static boolean open(Status status) {
        return status != Status.EXECUTED && status != Status.REJECTED;
    }
}
