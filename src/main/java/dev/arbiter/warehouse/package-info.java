/**
 * The DuckDB warehouse: its schema and migrations, the one loader of SQL resources, and the connection that adapters borrow. Owns no business rule.
 */
package dev.arbiter.warehouse;
