package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh in-memory warehouse and a US ingestor over it for every test, closed after it. */
final class FreshWarehouse implements BeforeEachCallback, AfterEachCallback {
    private final Clock clock;
    private Warehouse warehouse;
    private Ingestor ingestor;

    FreshWarehouse(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        warehouse = Warehouse.inMemory();
        ingestor = new Ingestor(warehouse.connection(), clock, Marketplace.US);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        warehouse.close();
    }

    Warehouse warehouse() {
        return warehouse;
    }

    Ingestor ingestor() {
        return ingestor;
    }

    /** The first column of the first row the query answers, as text; fails the test when there is no row. */
    String query(String sql) {
        return query(warehouse, sql);
    }

    /** The same one-value query on any warehouse. */
    static String query(Warehouse warehouse, String sql) {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), "no row for " + sql);
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
