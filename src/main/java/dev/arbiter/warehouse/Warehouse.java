package dev.arbiter.warehouse;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The embedded DuckDB warehouse of a workspace, migrated to the current schema when opened. */
public final class Warehouse implements AutoCloseable {
    private static final String MIGRATIONS = "classpath:dev/arbiter/warehouse/migration";

    private final Connection connection;

    private Warehouse(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) the warehouse file and applies any pending migration. */
    public static Warehouse open(Path file) {
        return openUrl("jdbc:duckdb:" + file.toAbsolutePath());
    }

    /** A private in-memory warehouse, for tests and benchmarks. */
    public static Warehouse inMemory() {
        return openUrl("jdbc:duckdb:");
    }

    private static Warehouse openUrl(String url) {
        try {
            Connection connection = DriverManager.getConnection(url);
            migrate(connection);
            return new Warehouse(connection);
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot open the warehouse " + url + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(Connection connection) {
        try {
            Flyway.configure()
                    .dataSource(new SingleConnectionDataSource(connection))
                    .locations(MIGRATIONS)
                    .table("warehouse_schema_history")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "cannot migrate the warehouse: " + e.getMessage(), e);
        }
    }

    /** The warehouse connection; adapters borrow it and never close it. */
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot close the warehouse: " + e.getMessage(), e);
        }
    }
}
