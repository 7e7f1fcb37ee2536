package dev.arbiter.govern.jdbc;

import java.sql.Connection;

/** A fresh, empty database for one test: the embedded DuckDB or a private schema on PostgreSQL. */
interface Store extends AutoCloseable {

    Connection connection();

    @Override
    void close();
}
