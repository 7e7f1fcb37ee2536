package dev.arbiter.govern.jdbc;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.warehouse.SingleConnectionDataSource;
import java.sql.Connection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings the ledger's tables to the current version with Flyway, beside whatever else the database holds. */
final class LedgerSchema {
    private static final String MIGRATIONS = "classpath:dev/arbiter/govern/jdbc/migration";

    private LedgerSchema() {}

    static void migrate(Connection connection) {
        try {
            Flyway.configure()
                    .dataSource(new SingleConnectionDataSource(connection))
                    .locations(MIGRATIONS)
                    .table("ledger_schema_history")
                    // The warehouse shares the embedded database: its tables are not ours to baseline.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "cannot migrate the ledger: " + e.getMessage(), e);
        }
    }
}
