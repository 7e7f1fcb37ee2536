package dev.arbiter.govern.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.govern.ActionId;
import dev.arbiter.govern.AuditEntry;
import dev.arbiter.govern.AuditLog;
import dev.arbiter.govern.AuditVerification;
import dev.arbiter.warehouse.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit log in the {@code audit_log} table; entries are appended by the ledger inside its transactions. */
public final class JdbcAuditLog implements AuditLog {
    private static final String ENTRIES = SqlResource.of(JdbcAuditLog.class, "audit_entries");
    private static final String LAST = SqlResource.of(JdbcAuditLog.class, "last_audit_entry");
    private static final String INSERT = SqlResource.of(JdbcAuditLog.class, "insert_audit_entry");
    private static final String LAST_REFERENCED = SqlResource.of(JdbcAuditLog.class, "last_audit_seq_referenced");
    private static final String POLICY_SEALS = SqlResource.of(JdbcAuditLog.class, "policy_version_seals");

    private final Connection connection;
    private final Transaction transaction;
    private final ObjectMapper json = new ObjectMapper();

    /** Reads the log of a database the ledger has migrated. */
    public JdbcAuditLog(Connection connection) {
        this.connection = connection;
        this.transaction = new Transaction(connection);
    }

    @Override
    public List<AuditEntry> entries() {
        return transaction.read("read the audit log", () -> {
            try (PreparedStatement statement = connection.prepareStatement(ENTRIES);
                    ResultSet rows = statement.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong(1), Instant.parse(rows.getString(2)), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8)));
                }
                return entries;
            }
        });
    }

    @Override
    public AuditVerification verify() {
        long referenced = transaction.read("read the ledger", () -> {
            try (PreparedStatement statement = connection.prepareStatement(LAST_REFERENCED);
                    ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
        List<AuditEntry> entries = entries();
        AuditVerification chain = AuditVerification.of(entries, referenced);
        return chain.intact() ? policyVersionsSealed(entries).orElse(chain) : chain;
    }

    /** Every stored policy version must be the file whose SHA-256 its audit entry carries. */
    private Optional<AuditVerification> policyVersionsSealed(List<AuditEntry> entries) {
        return transaction.read("read the policy versions", () -> {
            try (PreparedStatement statement = connection.prepareStatement(POLICY_SEALS);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong(3);
                    String sealed = seq >= 1 && seq <= entries.size() ? sealedHash(entries.get((int) seq - 1)) : "";
                    if (!sealed.equals(ActionId.Sha256.hex(rows.getString(2)))) {
                        return Optional.of(new AuditVerification(false, entries.size(), Optional.of(seq),
                                "policy version " + rows.getInt(1) + " is not the file entry " + seq
                                        + " sealed: it was changed after it was applied"));
                    }
                }
                return Optional.<AuditVerification>empty();
            }
        });
    }

    private String sealedHash(AuditEntry entry) {
        try {
            return json.readTree(entry.detail()).path("content_sha256").asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** Appends one entry chained to the last; the caller holds the transaction. Returns the entry's seq. */
    long append(Instant at, String actor, String event, String subject, String detail) throws SQLException {
        try (AuditChain chain = chain()) {
            long seq = chain.append(at, actor, event, subject, detail);
            chain.flush();
            return seq;
        }
    }

    /** Reads the log's head once and returns a chain that appends after it; the caller holds the transaction. */
    AuditChain chain() throws SQLException {
        long lastSeq = 0;
        String lastHash = AuditEntry.GENESIS;
        try (PreparedStatement statement = connection.prepareStatement(LAST);
                ResultSet rows = statement.executeQuery()) {
            if (rows.next()) {
                lastSeq = rows.getLong(1);
                lastHash = rows.getString(2);
            }
        }
        return new AuditChain(connection.prepareStatement(INSERT), lastSeq, lastHash);
    }
}
