package dev.arbiter.govern.jdbc;

import static dev.arbiter.govern.Actions.aBidChange;
import static dev.arbiter.govern.jdbc.Ledgers.BASIS_DAY;
import static dev.arbiter.govern.jdbc.Ledgers.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.govern.AuditVerification;
import dev.arbiter.govern.Status;
import dev.arbiter.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger suite on the embedded DuckDB a workspace uses, plus what only a workspace file shows. */
class JdbcLedgerTest extends LedgerSuite {

    @Override
    Store openStore() {
        return new DuckDbStore();
    }

    @Test
    void opening_the_ledger_again_on_a_workspace_file_keeps_its_entries_and_chain(@TempDir Path folder) {
        String id;
        try (Warehouse file = Warehouse.open(folder.resolve("arbiter.duckdb"))) {
            id = new JdbcLedger(file.connection(), CLOCK).record(aBidChange("1.20"), Ledgers.autoApproved(), BASIS_DAY).id();
        }

        try (Warehouse file = Warehouse.open(folder.resolve("arbiter.duckdb"))) {
            JdbcLedger reopened = new JdbcLedger(file.connection(), CLOCK);
            assertEquals(Status.AUTO_APPROVED, reopened.find(id).orElseThrow().status());
            assertEquals(new AuditVerification(true, 2, Optional.empty(), "intact"), reopened.auditLog().verify());
        }
    }
}
