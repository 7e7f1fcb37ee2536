package dev.arbiter.govern.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.govern.Decision;
import dev.arbiter.govern.Execution;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.policy.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Turns rows of {@code ledger_action} back into {@link LedgerEntry} values. */
final class LedgerRows {
    private final ObjectMapper json;
    private final ActionCodec actions;
    private final ClassificationCodec classifications;

    LedgerRows(ObjectMapper json, ActionCodec actions, ClassificationCodec classifications) {
        this.json = json;
        this.actions = actions;
        this.classifications = classifications;
    }

    LedgerEntry entry(ResultSet row) throws SQLException {
        try {
            Optional<Decision> decision = Optional.ofNullable(row.getString("decided_by"))
                    .map(by -> decision(row, by));
            Optional<Execution> execution = Optional.ofNullable(row.getString("executed_at"))
                    .map(at -> new Execution(Instant.parse(at), text(row, "execution_detail")));
            return new LedgerEntry(
                    row.getString("id"),
                    actions.decode(json.readTree(row.getString("payload"))),
                    classifications.decode(json.readTree(row.getString("classification"))),
                    Status.valueOf(row.getString("status")),
                    LocalDate.parse(row.getString("basis_day")),
                    Instant.parse(row.getString("proposed_at")),
                    decision,
                    execution);
        } catch (JsonProcessingException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "a stored action is not JSON: " + e.getMessage(), e);
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
    }

    private static Decision decision(ResultSet row, String decidedBy) {
        Role role = Role.byKey(text(row, "decided_role"))
                .orElseThrow(() -> new ArbiterException(ErrorKind.INTERNAL, "a stored decision has no known role"));
        return new Decision(decidedBy, role, Instant.parse(text(row, "decided_at")), text(row, "decision_comment"));
    }

    private static String text(ResultSet row, String column) {
        try {
            String value = row.getString(column);
            return value == null ? "" : value;
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    /** Carries an SQLException out of a lambda, to be rethrown as it was. */
    private static final class UncheckedSql extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
