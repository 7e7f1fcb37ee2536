package dev.arbiter.govern.jdbc;

import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Status;
import dev.arbiter.model.Action;
import dev.arbiter.policy.User;
import dev.arbiter.warehouse.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The ledger's SQL, one statement per resource file, with every value bound as a parameter. */
final class LedgerStatements {
    private static final String INSERT = SqlResource.of(LedgerStatements.class, "insert_action");
    private static final String BY_ID = SqlResource.of(LedgerStatements.class, "action_by_id");
    private static final String BY_IDS = SqlResource.of(LedgerStatements.class, "actions_by_ids");
    private static final String ALL = SqlResource.of(LedgerStatements.class, "actions");
    private static final String IN_STATUS = SqlResource.of(LedgerStatements.class, "actions_in_status");
    private static final String DECIDE = SqlResource.of(LedgerStatements.class, "record_decision");
    private static final String EXECUTE = SqlResource.of(LedgerStatements.class, "record_execution");
    private static final String RETURN = SqlResource.of(LedgerStatements.class, "record_return_to_awaiting");

    /** Inserts the proposal unless its id is already there; returns how many rows were inserted (0 or 1). */
    int insert(Connection connection, String id, Action action, LocalDate basisDay, String payload, String rationale,
            String classificationJson, Classification classification, Instant now, long proposedSeq, long lastSeq)
            throws SQLException {
        try (PreparedStatement statement = inserting(connection)) {
            bindInsert(statement, id, action, basisDay, payload, rationale, classificationJson, classification, now,
                    proposedSeq, lastSeq);
            return statement.executeUpdate();
        }
    }

    /** The insert of a proposal, to bind with {@link #bindInsert} once per row of a batch. */
    PreparedStatement inserting(Connection connection) throws SQLException {
        return connection.prepareStatement(INSERT);
    }

    void bindInsert(PreparedStatement statement, String id, Action action, LocalDate basisDay, String payload,
            String rationale, String classificationJson, Classification classification, Instant now, long proposedSeq,
            long lastSeq) throws SQLException {
        statement.setString(1, id);
        statement.setString(2, action.type().key());
        statement.setString(3, action.subject());
        statement.setString(4, action.describe());
        statement.setObject(5, basisDay);
        statement.setString(6, payload);
        statement.setString(7, rationale);
        statement.setString(8, classificationJson);
        statement.setString(9, classification.verdict().status().name());
        Optional<String> awaiting = classification.verdict().awaitedRole().map(r -> r.key());
        if (awaiting.isPresent()) {
            statement.setString(10, awaiting.get());
        } else {
            statement.setNull(10, Types.VARCHAR);
        }
        statement.setString(11, now.toString());
        statement.setLong(12, proposedSeq);
        statement.setLong(13, lastSeq);
    }

    /** The look-up of one action by id. */
    PreparedStatement byId(Connection connection, String id) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(BY_ID);
        statement.setString(1, id);
        return statement;
    }

    /** The look-up of several actions at once, their ids bound in order. */
    PreparedStatement byIds(Connection connection, List<String> ids) throws SQLException {
        PreparedStatement statement =
                connection.prepareStatement(BY_IDS.replace("${ids}", String.join(", ", Collections.nCopies(ids.size(), "?"))));
        for (int i = 0; i < ids.size(); i++) {
            statement.setString(i + 1, ids.get(i));
        }
        return statement;
    }

    PreparedStatement list(Connection connection, Optional<Status> status) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(status.isPresent() ? IN_STATUS : ALL);
        if (status.isPresent()) {
            statement.setString(1, status.get().name());
        }
        return statement;
    }

    /** Records the decision if the action still awaits one; returns how many rows changed (0 or 1). */
    int decide(Connection connection, String id, Status decision, User user, Instant at, String comment, long seq)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DECIDE)) {
            statement.setString(1, decision.name());
            statement.setString(2, user.name());
            statement.setString(3, user.role().key());
            statement.setString(4, at.toString());
            statement.setString(5, comment);
            statement.setLong(6, seq);
            statement.setString(7, id);
            return statement.executeUpdate();
        }
    }

    /** Records the execution if the action is still executable; returns how many rows changed (0 or 1). */
    int execute(Connection connection, String id, Instant at, String detail, long seq) throws SQLException {
        try (PreparedStatement statement = executing(connection)) {
            bindExecute(statement, id, at, detail, seq);
            return statement.executeUpdate();
        }
    }

    /** The record of an execution, to bind with {@link #bindExecute} once per row of a batch. */
    PreparedStatement executing(Connection connection) throws SQLException {
        return connection.prepareStatement(EXECUTE);
    }

    void bindExecute(PreparedStatement statement, String id, Instant at, String detail, long seq) throws SQLException {
        statement.setString(1, at.toString());
        statement.setString(2, detail);
        statement.setLong(3, seq);
        statement.setString(4, id);
    }

    /** Sends an approved action back to a role if it is still executable; returns how many rows changed (0 or 1). */
    int returnToAwaiting(Connection connection, String id, String role, String classificationJson, long seq)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RETURN)) {
            statement.setString(1, role);
            statement.setString(2, classificationJson);
            statement.setLong(3, seq);
            statement.setString(4, id);
            return statement.executeUpdate();
        }
    }
}
