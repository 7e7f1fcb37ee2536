package dev.arbiter.govern.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.govern.ActionId;
import dev.arbiter.govern.PolicyHistory;
import dev.arbiter.govern.PolicyVersion;
import dev.arbiter.policy.Role;
import dev.arbiter.warehouse.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The versions of the operating model in the {@code policy_version} table, each recorded with its audit entry. */
final class JdbcPolicyHistory implements PolicyHistory {
    private static final String VERSIONS = SqlResource.of(JdbcPolicyHistory.class, "policy_versions");
    private static final String INSERT = SqlResource.of(JdbcPolicyHistory.class, "insert_policy_version");

    private final Connection connection;
    private final Clock clock;
    private final Transaction transaction;
    private final JdbcAuditLog audit;
    private final ObjectMapper json = new ObjectMapper();

    /** On a connection the ledger has migrated; the audit log is the ledger's. */
    JdbcPolicyHistory(Connection connection, Clock clock, JdbcAuditLog audit) {
        this.connection = connection;
        this.clock = clock;
        this.transaction = new Transaction(connection);
        this.audit = audit;
    }

    @Override
    public List<PolicyVersion> versions() {
        return transaction.read("read the policy versions", this::select);
    }

    @Override
    public Optional<PolicyVersion> version(int number) {
        return versions().stream().filter(v -> v.version() == number).findFirst();
    }

    @Override
    public PolicyVersion record(
            String author, Optional<Role> role, String reason, List<String> changes, String diff, String content) {
        return transaction.run("record a policy version", () -> {
            List<PolicyVersion> versions = select();
            int number = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
            Instant now = clock.instant();
            ObjectNode detail = json.createObjectNode().put("version", number).put("role", role.map(Role::key).orElse(""))
                    .put("reason", reason).put("content_sha256", ActionId.Sha256.hex(content));
            changes.forEach(detail.putArray("changes")::add);
            long seq = audit.append(now, author, "policy_applied", "policy v" + number, write(detail));
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setInt(1, number);
                statement.setString(2, now.toString());
                statement.setString(3, author);
                if (role.isPresent()) {
                    statement.setString(4, role.get().key());
                } else {
                    statement.setNull(4, Types.VARCHAR);
                }
                statement.setString(5, reason);
                statement.setString(6, String.join("\n", changes));
                statement.setString(7, diff);
                statement.setString(8, content);
                statement.setLong(9, seq);
                statement.executeUpdate();
            }
            return new PolicyVersion(number, now, author, role, reason, changes, diff, content);
        });
    }

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new dev.arbiter.model.ArbiterException(dev.arbiter.model.ErrorKind.INTERNAL,
                    "cannot write JSON: " + e.getMessage(), e);
        }
    }

    private List<PolicyVersion> select() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(VERSIONS); ResultSet rows = statement.executeQuery()) {
            List<PolicyVersion> versions = new ArrayList<>();
            while (rows.next()) {
                String changes = rows.getString(6);
                versions.add(new PolicyVersion(rows.getInt(1), Instant.parse(rows.getString(2)), rows.getString(3),
                        Optional.ofNullable(rows.getString(4)).flatMap(Role::byKey), rows.getString(5),
                        changes.isEmpty() ? List.of() : Arrays.asList(changes.split("\n")), rows.getString(7),
                        rows.getString(8)));
            }
            return versions;
        }
    }
}
