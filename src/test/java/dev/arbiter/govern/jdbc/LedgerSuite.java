package dev.arbiter.govern.jdbc;

import static dev.arbiter.govern.Actions.aBidChange;
import static dev.arbiter.govern.Actions.aBudgetChange;
import static dev.arbiter.govern.Actions.aRestockOrder;
import static dev.arbiter.govern.jdbc.Ledgers.BASIS_DAY;
import static dev.arbiter.govern.jdbc.Ledgers.CLOCK;
import static dev.arbiter.govern.jdbc.Ledgers.CMO;
import static dev.arbiter.govern.jdbc.Ledgers.FINANCE;
import static dev.arbiter.govern.jdbc.Ledgers.MARKETING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.govern.ActionId;
import dev.arbiter.govern.ApprovedAction;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.GuardrailCheck;
import dev.arbiter.govern.Verdict;
import dev.arbiter.govern.AuditEntry;
import dev.arbiter.govern.Decision;
import dev.arbiter.govern.DecisionOutcome;
import dev.arbiter.govern.Execution;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.policy.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger's behaviour, run against each store that extends it. */
abstract class LedgerSuite {
    private Store store;
    private JdbcLedger ledger;

    abstract Store openStore();

    @BeforeEach
    void open() {
        store = openStore();
        ledger = new JdbcLedger(store.connection(), CLOCK);
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the store's assumption skipped the test
            store.close();
        }
    }

    @Test
    void recording_the_same_action_twice_on_the_same_basis_day_stores_it_once() {
        LedgerEntry first = ledger.record(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY);
        LedgerEntry second = ledger.record(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY);

        assertEquals(first, second);
        assertEquals(1, ledger.list(Optional.empty()).size());
        assertEquals(List.of("proposed", "classified"), events());
    }

    @Test
    void the_same_action_on_the_next_basis_day_is_a_new_proposal() {
        ledger.record(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY);
        ledger.record(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY.plusDays(1));

        assertEquals(2, ledger.list(Optional.empty()).size());
    }

    @Test
    void a_recorded_entry_reads_back_with_its_action_classification_and_time() {
        LedgerEntry entry = ledger.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY);

        assertEquals(ActionId.of(aBudgetChange("100.00", "150.00"), BASIS_DAY), entry.id());
        assertTrue(entry.id().matches("A-[0-9a-f]{12}"));
        assertEquals(aBudgetChange("100.00", "150.00"), entry.action());
        assertEquals(Ledgers.awaitingFinance(), entry.classification());
        assertEquals(Status.AWAITING, entry.status());
        assertEquals(Optional.of(Role.FINANCE), entry.awaiting());
        assertEquals(CLOCK.instant(), entry.proposedAt());
        assertEquals(Optional.of(entry), ledger.find(entry.id()));
    }

    @Test
    void the_approver_role_approves_an_awaiting_action() {
        String id = ledger.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();

        DecisionOutcome outcome = ledger.approve(id, FINANCE, "margin allows it");

        LedgerEntry approved = ledger.find(id).orElseThrow();
        assertEquals(new DecisionOutcome.Decided(approved), outcome);
        assertEquals(Status.APPROVED, approved.status());
        assertEquals(Optional.of(new Decision("fiona", Role.FINANCE, CLOCK.instant(), "margin allows it")),
                approved.decision());
        assertEquals(List.of("proposed", "classified", "approved"), events());
    }

    @Test
    void an_approved_action_whose_basis_changed_returns_to_awaiting_with_the_reason_and_is_audited() {
        String id = ledger.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();
        ledger.approve(id, FINANCE, "margin allows it");
        Classification recheck = new Classification(new Verdict.Awaiting(Role.FINANCE, "guardrail margin-floor now fails"),
                List.of(new GuardrailCheck("margin-floor", false, "fails: sku.contribution_after_ads_pct >= 0.05")));

        LedgerEntry back = ledger.returnToAwaiting(id, recheck);

        assertEquals(Status.AWAITING, back.status());
        assertEquals(recheck, back.classification());
        assertEquals(Optional.of(Role.FINANCE), back.awaiting());
        assertEquals(Optional.empty(), back.decision());
        assertEquals(Optional.empty(), back.approved());
        assertEquals(List.of("proposed", "classified", "approved", "returned"), events());
        assertTrue(ledger.auditLog().verify().intact());
    }

    @Test
    void an_action_still_awaiting_cannot_be_returned_to_awaiting() {
        String id = ledger.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();

        ArbiterException refused = assertThrows(ArbiterException.class,
                () -> ledger.returnToAwaiting(id, Ledgers.awaitingFinance()));

        assertEquals(id + " is awaiting; only an auto-approved or approved action returns to awaiting", refused.getMessage());
    }

    @Test
    void a_role_that_does_not_hold_the_right_is_refused_and_nothing_changes() {
        String id = ledger.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();

        DecisionOutcome outcome = ledger.approve(id, MARKETING, "please");

        assertEquals(new DecisionOutcome.Refused("mark (marketing) may not approve " + id
                + ": it awaits finance or the cmo"), outcome);
        assertEquals(Status.AWAITING, ledger.find(id).orElseThrow().status());
        assertEquals(2, ledger.auditLog().entries().size());
    }

    @Test
    void the_cmo_may_decide_whatever_awaits() {
        String id = ledger.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();

        assertTrue(ledger.reject(id, CMO, "not this month").accepted());
        assertEquals(Status.REJECTED, ledger.find(id).orElseThrow().status());
    }

    @Test
    void a_rejected_action_cannot_be_approved_afterwards() {
        String id = ledger.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();
        ledger.reject(id, FINANCE, "no");

        assertEquals(new DecisionOutcome.Refused(id + " is rejected, not awaiting a decision"),
                ledger.approve(id, CMO, "yes"));
    }

    @Test
    void a_blocked_action_cannot_be_approved() {
        String id = ledger.record(aBidChange("1.50"), Ledgers.blocked(), BASIS_DAY).id();

        assertEquals(new DecisionOutcome.Refused(id + " is blocked, not awaiting a decision"),
                ledger.approve(id, CMO, "override"));
    }

    @Test
    void an_auto_approved_action_is_executed_once() {
        String id = ledger.record(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY).id();

        LedgerEntry executed = ledger.markExecuted(id, "bulksheet row 7");

        assertEquals(Status.EXECUTED, executed.status());
        assertEquals(Optional.of(new Execution(CLOCK.instant(), "bulksheet row 7")), executed.execution());
        ArbiterException again = assertThrows(ArbiterException.class, () -> ledger.markExecuted(id, "again"));
        assertEquals(ErrorKind.USER, again.kind());
        assertEquals(id + " is executed; only auto-approved or approved actions are executed, and only once",
                again.getMessage());
    }

    @Test
    void only_approved_and_auto_approved_entries_offer_an_approved_action() {
        LedgerEntry auto = ledger.record(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY);
        LedgerEntry waiting = ledger.record(aRestockOrder(400), Ledgers.awaitingFinance(), BASIS_DAY);
        ledger.approve(waiting.id(), FINANCE, "ok");

        assertEquals(Optional.of(new ApprovedAction(auto.id(), aBidChange("1.20"))), auto.approved());
        assertEquals(Optional.empty(), waiting.approved());
        assertEquals(Optional.of(new ApprovedAction(waiting.id(), aRestockOrder(400))),
                ledger.find(waiting.id()).orElseThrow().approved());
        assertEquals(Optional.empty(), ledger.markExecuted(auto.id(), "row 2").approved());
    }

    @Test
    void an_action_still_awaiting_a_decision_cannot_be_executed() {
        String id = ledger.record(aRestockOrder(400), Ledgers.awaitingFinance(), BASIS_DAY).id();

        assertThrows(ArbiterException.class, () -> ledger.markExecuted(id, "po.csv"));
        assertEquals(Status.AWAITING, ledger.find(id).orElseThrow().status());
    }

    @Test
    void listing_by_status_returns_only_that_status_in_proposal_order() {
        String first = ledger.record(aBidChange("1.10"), Ledgers.autoApproved(), BASIS_DAY).id();
        ledger.record(aRestockOrder(400), Ledgers.awaitingFinance(), BASIS_DAY);
        String third = ledger.record(aBidChange("1.15"), Ledgers.autoApproved(), BASIS_DAY).id();

        assertEquals(List.of(first, third),
                ledger.list(Optional.of(Status.AUTO_APPROVED)).stream().map(LedgerEntry::id).toList());
    }

    @Test
    void an_unknown_id_is_a_user_error() {
        ArbiterException failure = assertThrows(ArbiterException.class, () -> ledger.approve("A-000000000000", CMO, ""));

        assertEquals("no action A-000000000000 in the ledger; 'arbiter actions' lists them", failure.getMessage());
    }

    @Test
    void every_change_is_audited_and_the_chain_verifies() {
        String id = ledger.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();
        ledger.approve(id, FINANCE, "ok");
        ledger.markExecuted(id, "bulksheet row 3");

        List<AuditEntry> entries = ledger.auditLog().entries();
        assertEquals(List.of("arbiter", "arbiter", "fiona", "arbiter"), entries.stream().map(AuditEntry::actor).toList());
        assertEquals(Instant.parse("2026-11-21T06:00:00Z"), entries.get(3).at());
        assertEquals(entries.get(2).hash(), entries.get(3).prevHash());
        assertTrue(ledger.auditLog().verify().intact());
    }

    private List<String> events() {
        return ledger.auditLog().entries().stream().map(AuditEntry::event).toList();
    }
}
