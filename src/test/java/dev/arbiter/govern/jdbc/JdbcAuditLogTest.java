package dev.arbiter.govern.jdbc;

/** The audit suite on the embedded DuckDB. */
class JdbcAuditLogTest extends AuditLogSuite {

    @Override
    Store openStore() {
        return new DuckDbStore();
    }
}
