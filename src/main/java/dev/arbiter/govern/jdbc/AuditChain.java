package dev.arbiter.govern.jdbc;

import dev.arbiter.govern.AuditEntry;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A run of audit entries chained from the log's head, read once: each append carries the last seq and hash forward
 * and queues its insert; the caller holds the transaction and flushes before anything that must follow the entries.
 */
final class AuditChain implements AutoCloseable {
    private final PreparedStatement insert;
    private long lastSeq;
    private String lastHash;
    private int queued;

    AuditChain(PreparedStatement insert, long lastSeq, String lastHash) {
        this.insert = insert;
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    /** Queues one entry chained to the last one appended (or to the log's head); returns its seq. */
    long append(Instant at, String actor, String event, String subject, String detail) throws SQLException {
        AuditEntry entry = AuditEntry.chained(lastSeq + 1, at, actor, event, subject, detail, lastHash);
        insert.setLong(1, entry.seq());
        insert.setString(2, entry.at().toString());
        insert.setString(3, entry.actor());
        insert.setString(4, entry.event());
        insert.setString(5, entry.subject());
        insert.setString(6, entry.detail());
        insert.setString(7, entry.prevHash());
        insert.setString(8, entry.hash());
        insert.addBatch();
        queued++;
        lastSeq = entry.seq();
        lastHash = entry.hash();
        return entry.seq();
    }

    /** Inserts the queued entries in one batch. */
    void flush() throws SQLException {
        if (queued > 0) {
            insert.executeBatch();
            queued = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
