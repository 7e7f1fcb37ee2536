package dev.arbiter.govern.jdbc;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.sql.Connection;
import java.sql.SQLException;

/** Runs a unit of ledger work in one database transaction: the change and its audit entries commit together. */
final class Transaction {
    private final Connection connection;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    /** Work that talks to the database. */
    interface Work<T> {
        T run() throws SQLException;
    }

    <T> T run(String what, Work<T> work) {
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
