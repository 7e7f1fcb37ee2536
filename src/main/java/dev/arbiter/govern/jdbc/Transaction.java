package dev.arbiter.govern.jdbc;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a unit of ledger work in one database transaction: the change and its audit entries commit together. Work
 * that lost a race with another writer (two appends taking the same audit seq) is rolled back and run again, so it
 * sees the winner's state.
 */
final class Transaction {
    private static final int ATTEMPTS = 5;

    private final Connection connection;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    /** Work that talks to the database. */
    interface Work<T> {
        T run() throws SQLException;
    }

    <T> T run(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(what, work);
            } catch (ArbiterException e) {
                if (attempt == ATTEMPTS || !(e.getCause() instanceof SQLException sql) || !lostARace(sql)) {
                    throw e;
                }
            }
        }
    }

    /** A unique-key violation or a serialization failure (also inside a failed batch): another writer committed first. */
    private static boolean lostARace(SQLException e) {
        for (SQLException each = e; each != null; each = each.getNextException()) {
            String state = each.getSQLState() == null ? "" : each.getSQLState();
            String message = each.getMessage() == null ? "" : each.getMessage();
            if (state.equals("23505") || state.startsWith("40") || message.contains("Duplicate key")
                    || message.contains("Conflict")) {
                return true;
            }
        }
        return false;
    }

    private <T> T once(String what, Work<T> work) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "the ledger could not " + what + ": " + e.getMessage(), e);
        }
    }

    /** Reads without a transaction of its own. */
    <T> T read(String what, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "the ledger could not " + what + ": " + e.getMessage(), e);
        }
    }
}
