/** The execution journal kept in the ledger's database. */
package dev.arbiter.execute.jdbc;
