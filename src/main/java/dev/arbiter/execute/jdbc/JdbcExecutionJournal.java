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
import java.util.LinkedHashMap;
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
        Map<String, String> details = new LinkedHashMap<>();
        actionIds.forEach(actionId -> details.put(actionId, detail));
        writeAll("record the sending of " + actionIds.size() + " actions", details, channel,
                ExecutionRecord.State.SENDING, 1, at);
    }

    @Override
    public void appliedAll(Map<String, String> details, String channel, Instant at) {
        writeAll("record " + details.size() + " applied actions", details, channel, ExecutionRecord.State.APPLIED, 0,
                at);
    }

    /** Writes the records (action id to detail) in one transaction with two JDBC batches, inserts and updates. */
    private void writeAll(String what, Map<String, String> details, String channel, ExecutionRecord.State state,
            int attempt, Instant at) {
        together(what, () -> {
            try (PreparedStatement inserts = connection.prepareStatement(insert);
                    PreparedStatement updates = connection.prepareStatement(update);
                    PreparedStatement lookup = connection.prepareStatement(select)) {
                int inserted = 0;
                int updated = 0;
                for (Map.Entry<String, String> record : details.entrySet()) {
                    lookup.setString(1, record.getKey());
                    boolean exists;
                    try (ResultSet row = lookup.executeQuery()) {
                        exists = row.next();
                    }
                    if (exists) {
                        bindUpdate(updates, record.getKey(), channel, state, record.getValue(), attempt, at);
                        updates.addBatch();
                        updated++;
                    } else {
                        bindInsert(inserts, record.getKey(), channel, state, record.getValue(), at);
                        inserts.addBatch();
                        inserted++;
                    }
                }
                if (inserted > 0) {
                    inserts.executeBatch();
                }
                if (updated > 0) {
                    updates.executeBatch();
                }
            } catch (SQLException e) {
                throw failure(what, e);
            }
        });
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
        boolean exists = find(actionId).isPresent();
        try (PreparedStatement statement = connection.prepareStatement(exists ? update : insert)) {
            if (exists) {
                bindUpdate(statement, actionId, channel, state, detail, attempt, at);
            } else {
                bindInsert(statement, actionId, channel, state, detail, at);
            }
            statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw failure("record the execution of " + actionId, e);
        }
    }

    private static void bindUpdate(PreparedStatement statement, String actionId, String channel,
            ExecutionRecord.State state, String detail, int attempt, Instant at) throws SQLException {
        statement.setString(1, channel);
        statement.setString(2, state.name());
        statement.setString(3, detail);
        statement.setInt(4, attempt);
        statement.setString(5, at.toString());
        statement.setString(6, actionId);
    }

    private static void bindInsert(PreparedStatement statement, String actionId, String channel,
            ExecutionRecord.State state, String detail, Instant at) throws SQLException {
        statement.setString(1, actionId);
        statement.setString(2, channel);
        statement.setString(3, state.name());
        statement.setString(4, detail);
        statement.setString(5, at.toString());
    }

    private static ArbiterException failure(String what, SQLException e) {
        return new ArbiterException(ErrorKind.EXTERNAL, "cannot " + what + ": " + e.getMessage(), e);
    }
}
