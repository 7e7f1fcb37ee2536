/**
 * Reads SKU, target and search-term economics from the DuckDB warehouse, one {@code .sql} file per query beside
 * the code. The only part of economics that touches {@code java.sql}; it never writes.
 */
package dev.arbiter.economics.jdbc;
