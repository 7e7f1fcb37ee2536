package dev.arbiter.govern;

import dev.arbiter.model.Action;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One proposed action as the ledger keeps it: the action, its classification, where it stands, and who decided.
 *
 * @param basisDay the last day of data the proposal was computed from
 */
public record LedgerEntry(
        String id,
        Action action,
        Classification classification,
        Status status,
        LocalDate basisDay,
        Instant proposedAt,
        Optional<Decision> decision,
        Optional<Execution> execution) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(basisDay, "basisDay");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(execution, "execution");
    }

    /** The action, ready for execution, when it is auto-approved or approved and not yet executed. */
    public Optional<ApprovedAction> approved() {
        return status.executable() ? Optional.of(new ApprovedAction(id, action)) : Optional.empty();
    }

    /**
     * Who holds the action now, in words: the awaited role, the blocking guardrail, the person who decided,
     * or {@code auto} for an action inside local authority.
     */
    public String owner() {
        if (decision.isPresent()) {
            return decision.get().decidedBy();
        }
        Verdict verdict = classification.verdict();
        return verdict.blockedBy().map(id -> "guardrail " + id)
                .or(() -> verdict.awaitedRole().map(dev.arbiter.policy.Role::key))
                .orElse("auto");
    }

    /** The role the action waits for, while it waits. */
    public Optional<dev.arbiter.policy.Role> awaiting() {
        return status == Status.AWAITING ? classification.verdict().awaitedRole() : Optional.empty();
    }
}
