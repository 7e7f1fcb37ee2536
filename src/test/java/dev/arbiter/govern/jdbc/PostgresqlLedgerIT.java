package dev.arbiter.govern.jdbc;

/** The same ledger suite on PostgreSQL (issue 4); skipped, saying so, unless a server is named. */
class PostgresqlLedgerIT extends LedgerSuite {

    @Override
    Store openStore() {
        return new PostgresqlStore();
    }
}
