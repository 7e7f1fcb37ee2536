package dev.arbiter.govern.jdbc;

/** The audit suite on PostgreSQL; skipped, saying so, unless a server is named. */
class PostgresqlAuditLogIT extends AuditLogSuite {

    @Override
    Store openStore() {
        return new PostgresqlStore();
    }
}
