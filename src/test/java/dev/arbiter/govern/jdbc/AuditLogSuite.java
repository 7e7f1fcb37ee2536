package dev.arbiter.govern.jdbc;

import static dev.arbiter.govern.Actions.aBidChange;
import static dev.arbiter.govern.Actions.aBudgetChange;
import static dev.arbiter.govern.Actions.aNegativeKeyword;
import static dev.arbiter.govern.Actions.aPause;
import static dev.arbiter.govern.jdbc.Ledgers.BASIS_DAY;
import static dev.arbiter.govern.jdbc.Ledgers.CLOCK;
import static dev.arbiter.govern.jdbc.Ledgers.FINANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.govern.AuditVerification;
import dev.arbiter.govern.Ledger;
import dev.arbiter.govern.LedgerEntry;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Five entries: proposed and classified twice, then one approval; tests tamper with the table through SQL. */
abstract class AuditLogSuite {
    private Store store;
    private JdbcLedger ledger;

    abstract Store openStore();

    @BeforeEach
    void fiveEntries() {
        store = openStore();
        ledger = new JdbcLedger(store.connection(), CLOCK);
        ledger.record(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY);
        String id = ledger.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();
        ledger.approve(id, FINANCE, "fine");
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the store's assumption skipped the test
            store.close();
        }
    }

    @Test
    void an_untouched_log_verifies_intact() {
        assertEquals(new AuditVerification(true, 5, Optional.empty(), "intact"), new JdbcAuditLog(store.connection()).verify());
    }

    @Test
    void an_edited_entry_shows() throws SQLException {
        sql("UPDATE audit_log SET detail = '{\"role\":\"cmo\",\"comment\":\"fine\"}' WHERE seq = 5");

        assertEquals(new AuditVerification(false, 5, Optional.of(5L), "entry 5 was changed after it was written"),
                ledger.auditLog().verify());
    }

    @Test
    void an_edited_actor_shows_even_when_its_hash_is_kept() throws SQLException {
        sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");

        assertEquals(Optional.of(2L), ledger.auditLog().verify().firstBadSeq());
    }

    @Test
    void a_deleted_entry_shows() throws SQLException {
        sql("DELETE FROM audit_log WHERE seq = 3");

        assertEquals(new AuditVerification(false, 4, Optional.of(3L), "entry 3 is missing or out of place"),
                ledger.auditLog().verify());
    }

    @Test
    void cutting_off_the_tail_shows() throws SQLException {
        sql("DELETE FROM audit_log WHERE seq >= 4");

        assertEquals(new AuditVerification(false, 3, Optional.of(4L), "entries from 4 on are missing"),
                ledger.auditLog().verify());
    }

    @Test
    void reordered_entries_show() throws SQLException {
        sql("UPDATE audit_log SET seq = 100 WHERE seq = 2");
        sql("UPDATE audit_log SET seq = 2 WHERE seq = 3");
        sql("UPDATE audit_log SET seq = 3 WHERE seq = 100");

        assertEquals(new AuditVerification(false, 5, Optional.of(2L), "entry 2 does not follow the entry before it"),
                ledger.auditLog().verify());
    }

    @Test
    void recording_and_executing_in_batches_chains_the_same_entries_as_one_at_a_time() {
        List<Ledger.Proposal> proposals = List.of(
                new Ledger.Proposal(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY),
                new Ledger.Proposal(aPause(), Ledgers.autoApproved(), BASIS_DAY),
                new Ledger.Proposal(aNegativeKeyword("12.00"), Ledgers.blocked(), BASIS_DAY),
                new Ledger.Proposal(aPause(), Ledgers.autoApproved(), BASIS_DAY));
        List<LedgerEntry> batched = ledger.recordAll(proposals);
        Map<String, String> executions = new LinkedHashMap<>();
        executions.put(batched.get(0).id(), "bulksheet row 2");
        executions.put(batched.get(1).id(), "bulksheet row 3");
        ledger.markAllExecuted(executions);

        try (Store single = openStore()) {
            JdbcLedger oneByOne = new JdbcLedger(single.connection(), CLOCK);
            oneByOne.record(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY);
            String id = oneByOne.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();
            oneByOne.approve(id, FINANCE, "fine");
            List<LedgerEntry> oneAtATime = new ArrayList<>();
            proposals.forEach(p -> oneAtATime.add(oneByOne.record(p.action(), p.classification(), p.basisDay())));
            executions.forEach(oneByOne::markExecuted);

            assertEquals(oneAtATime, batched);
            assertEquals(oneByOne.auditLog().entries(), ledger.auditLog().entries());
        }
        assertEquals(new AuditVerification(true, 11, Optional.empty(), "intact"), ledger.auditLog().verify());
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = store.connection().createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
