package dev.arbiter.govern.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A private schema on the PostgreSQL server named by {@code -Darbiter.test.postgresql=jdbc:postgresql://…}, dropped
 * after the test; tests using it are skipped, saying so, when no server is named.
 */
final class PostgresqlStore implements Store {
    static final String PROPERTY = "arbiter.test.postgresql";

    private final String url;
    private final Connection connection;
    private final List<Connection> others = new ArrayList<>();
    private final String schema = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);

    PostgresqlStore() {
        url = System.getProperty(PROPERTY, "");
        assumeTrue(!url.isBlank(), "no PostgreSQL server named: run with -D" + PROPERTY + "=jdbc:postgresql://host:port/db?user=…");
        try {
            connection = DriverManager.getConnection(url);
            execute(connection, "CREATE SCHEMA " + schema);
            execute(connection, "SET search_path TO " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare a schema on " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    /** A second session on the same schema, as a second user's request would have; closed with the store. */
    Connection anotherConnection() throws SQLException {
        Connection other = DriverManager.getConnection(url);
        others.add(other);
        execute(other, "SET search_path TO " + schema);
        return other;
    }

    @Override
    public void close() {
        try (connection) {
            for (Connection other : others) {
                other.close();
            }
            execute(connection, "DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
