package dev.arbiter.execute.jdbc;

import dev.arbiter.execute.ExecutionJournal;
import dev.arbiter.execute.ExecutionRecord;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.warehouse.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The execution journal in the ledger's database (table {@code execution_record}, ledger migration V20). Each write
 * commits on its own, before the effect it announces is sent, so a crash never loses it.
 */
public final class JdbcExecutionJournal implements ExecutionJournal {
    private final Connection connection;
    private final String select = SqlResource.of(JdbcExecutionJournal.class, "execution_record");
    private final String insert = SqlResource.of(JdbcExecutionJournal.class, "insert_execution_record");
    private final String update = SqlResource.of(JdbcExecutionJournal.class, "update_execution_record");

    /** The journal on a connection whose ledger schema is migrated (a {@code JdbcLedger} on it migrates it). */
    public JdbcExecutionJournal(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<ExecutionRecord> find(String actionId) {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, actionId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ExecutionRecord(actionId, row.getString(1),
                        ExecutionRecord.State.valueOf(row.getString(2)), row.getString(3), row.getInt(4),
                        Instant.parse(row.getString(5))));
            }
        } catch (SQLException e) {
            throw failure("read the execution record of " + actionId, e);
        }
    }

    @Override
    public void sending(String actionId, String channel, String detail, Instant at) {
        write(actionId, channel, ExecutionRecord.State.SENDING, detail, 1, at);
    }

    /** Writes every record and commits them together: all are in place before any is sent. */
    @Override
    public void sendingAll(List<String> actionIds, String channel, String detail, Instant at) {
        together("record the sending of " + actionIds.size() + " actions", () -> {
            for (String actionId : actionIds) {
                write(actionId, channel, ExecutionRecord.State.SENDING, detail, 1, at, false);
            }
        });
    }

    @Override
    public void appliedAll(Map<String, String> details, String channel, Instant at) {
        together("record " + details.size() + " applied actions", () -> details.forEach((actionId, detail) ->
                write(actionId, channel, ExecutionRecord.State.APPLIED, detail, 0, at, false)));
    }

    /** Runs the writes in one transaction, committed at the end, or none of them. */
    private void together(String what, Runnable writes) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                writes.run();
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    @Override
    public void applied(String actionId, String channel, String detail, Instant at) {
        write(actionId, channel, ExecutionRecord.State.APPLIED, detail, 0, at);
    }

    @Override
    public void failed(String actionId, String channel, String detail, Instant at) {
        write(actionId, channel, ExecutionRecord.State.FAILED, detail, 0, at);
    }

    private void write(String actionId, String channel, ExecutionRecord.State state, String detail, int attempt,
            Instant at) {
        write(actionId, channel, state, detail, attempt, at, true);
    }

    private void write(String actionId, String channel, ExecutionRecord.State state, String detail, int attempt,
            Instant at, boolean commit) {
        boolean exists = find(actionId).isPresent();
        try (PreparedStatement statement = connection.prepareStatement(exists ? update : insert)) {
            if (exists) {
                statement.setString(1, channel);
                statement.setString(2, state.name());
                statement.setString(3, detail);
                statement.setInt(4, attempt);
                statement.setString(5, at.toString());
                statement.setString(6, actionId);
            } else {
                statement.setString(1, actionId);
                statement.setString(2, channel);
                statement.setString(3, state.name());
                statement.setString(4, detail);
                statement.setString(5, at.toString());
            }
            statement.executeUpdate();
            if (commit && !connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw failure("record the execution of " + actionId, e);
        }
    }

    private static ArbiterException failure(String what, SQLException e) {
        return new ArbiterException(ErrorKind.EXTERNAL, "cannot " + what + ": " + e.getMessage(), e);
    }
}
