package dev.arbiter.govern.jdbc;

import dev.arbiter.warehouse.Warehouse;
import java.sql.Connection;

/** An in-memory DuckDB warehouse, as a workspace has, with the warehouse's own tables already in it. */
final class DuckDbStore implements Store {
    private final Warehouse warehouse = Warehouse.inMemory();

    @Override
    public Connection connection() {
        return warehouse.connection();
    }

    @Override
    public void close() {
        warehouse.close();
    }
}
