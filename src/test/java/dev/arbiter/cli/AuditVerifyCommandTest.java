package dev.arbiter.cli;

import static dev.arbiter.govern.Actions.aBidChange;
import static dev.arbiter.govern.Actions.aBudgetChange;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Verdict;
import dev.arbiter.govern.jdbc.JdbcLedger;
import dev.arbiter.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arbiter audit verify} on a workspace whose ledger holds two proposals (four audit entries). */
class AuditVerifyCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    @BeforeEach
    void two_proposals_are_recorded() {
        try (Warehouse warehouse = Warehouse.open(workspace.resolve("arbiter.duckdb"))) {
            JdbcLedger ledger = new JdbcLedger(warehouse.connection(), CLOCK);
            Classification auto = new Classification(new Verdict.AutoApproved(), List.of());
            ledger.record(aBidChange("1.20"), auto, LocalDate.of(2026, 3, 30));
            ledger.record(aBudgetChange("50.00", "55.00"), auto, LocalDate.of(2026, 3, 30));
        }
    }

    @Test
    void an_untouched_log_verifies_with_exit_code_zero() {
        Arbiter.Run run = Arbiter.run("audit", "verify", "--dir", workspace.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("audit log intact: 4 entries, every hash chained\n", run.out());
    }

    @Test
    void an_edited_entry_is_named_and_exits_with_two() throws SQLException {
        sql("UPDATE audit_log SET actor = 'finance' WHERE seq = 2");

        Arbiter.Run run = Arbiter.run("audit", "verify", "--dir", workspace.toString());

        assertEquals(2, run.exitCode());
        assertEquals("audit log tampered: first bad entry is 2 (entry 2 was changed after it was written); 4 entries read\n",
                run.err());
    }

    @Test
    void a_deleted_entry_is_named() throws SQLException {
        sql("DELETE FROM audit_log WHERE seq = 3");

        Arbiter.Run run = Arbiter.run("audit", "verify", "--dir", workspace.toString());

        assertEquals(2, run.exitCode());
        assertEquals("audit log tampered: first bad entry is 3 (entry 3 is missing or out of place); 3 entries read\n",
                run.err());
    }

    @Test
    void a_store_that_is_not_a_postgresql_address_is_refused_with_the_form_to_write() {
        Arbiter.Run run = Arbiter.run("audit", "verify", "--dir", workspace.toString(), "--store", "mysql://db/ledger");

        assertEquals(2, run.exitCode());
        assertEquals("arbiter: --store 'mysql://db/ledger' is not a PostgreSQL address; write"
                + " postgresql://host:port/database?user=NAME&password=SECRET, or leave --store out to keep the ledger"
                + " in the workspace\n", run.err());
    }

    private void sql(String statement) throws SQLException {
        try (Warehouse warehouse = Warehouse.open(workspace.resolve("arbiter.duckdb"));
                Statement sql = warehouse.connection().createStatement()) {
            sql.execute(statement);
        }
    }
}
