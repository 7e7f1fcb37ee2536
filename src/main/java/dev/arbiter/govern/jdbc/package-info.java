/**
 * The ledger and the hash-chained audit log over JDBC, in portable SQL kept as resources and migrated by Flyway
 * (history table ledger_schema_history), for the embedded DuckDB and for PostgreSQL. A change and its audit entries
 * commit in one transaction.
 */
package dev.arbiter.govern.jdbc;
