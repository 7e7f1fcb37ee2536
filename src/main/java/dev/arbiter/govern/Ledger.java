package dev.arbiter.govern;

import dev.arbiter.model.Action;
import dev.arbiter.policy.User;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every proposed action, its verdict and its life to execution; each change is appended to the audit log in the
 * same transaction.
 */
public interface Ledger {

    /** Records a proposal unless the same action was already proposed on this basis day; returns the stored entry. */
    LedgerEntry record(Action action, Classification classification, LocalDate basisDay);

    /** One proposal to record: what {@link #record} takes. */
    record Proposal(Action action, Classification classification, LocalDate basisDay) {}

    /**
     * Records many proposals as {@link #record} records each, in order, and returns their entries; a store may commit
     * them in a few transactions instead of one each (a large brand proposes tens of thousands a run).
     */
    default List<LedgerEntry> recordAll(List<Proposal> proposals) {
        List<LedgerEntry> entries = new ArrayList<>(proposals.size());
        for (Proposal proposal : proposals) {
            entries.add(record(proposal.action(), proposal.classification(), proposal.basisDay()));
        }
        return entries;
    }

    /** Entries in the order they were proposed, all or those in one status. */
    List<LedgerEntry> list(Optional<Status> status);

    Optional<LedgerEntry> find(String id);

    /**
     * Approves an awaiting action. Refused when the user's role neither is the awaited role nor the CMO, or when the
     * action does not await a decision.
     */
    DecisionOutcome approve(String id, User user, String comment);

    /** Rejects an awaiting action, under the same rule as {@link #approve}. */
    DecisionOutcome reject(String id, User user, String comment);

    /** Records that an auto-approved or approved action was applied; an action is executed at most once. */
    LedgerEntry markExecuted(String id, String detail);

    /**
     * Marks many actions executed (action id to detail, in order) as {@link #markExecuted} marks each; a store may
     * commit them in a few transactions.
     */
    default List<LedgerEntry> markAllExecuted(Map<String, String> details) {
        List<LedgerEntry> entries = new ArrayList<>(details.size());
        details.forEach((id, detail) -> entries.add(markExecuted(id, detail)));
        return entries;
    }

    /**
     * Sends an auto-approved or approved action that failed its re-check before execution back to a role, with the
     * classification that says why; the earlier decision stays in the audit log.
     */
    LedgerEntry returnToAwaiting(String id, Classification recheck);
}
