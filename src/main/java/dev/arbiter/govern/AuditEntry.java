package dev.arbiter.govern;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only audit log, chained to the one before by its hash.
 *
 * @param detail canonical JSON of what happened
 * @param prevHash the hash of the entry before; 64 zeros for the first
 * @param hash sha256 over prevHash and the canonical fields
 */
public record AuditEntry(
        long seq, Instant at, String actor, String event, String subject, String detail, String prevHash, String hash) {

    public static final String GENESIS = "0".repeat(64);

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The next entry of a chain whose last hash is {@code prevHash}, with its hash computed. */
    public static AuditEntry chained(
            long seq, Instant at, String actor, String event, String subject, String detail, String prevHash) {
        return new AuditEntry(seq, at, actor, event, subject, detail, prevHash,
                hashOf(seq, at, actor, event, subject, detail, prevHash));
    }

    /** Whether the stored hash is the hash of the stored fields. */
    public boolean sealed() {
        return hash.equals(hashOf(seq, at, actor, event, subject, detail, prevHash));
    }

    /** Each field is length-prefixed so that no two different entries share a canonical form. */
    private static String hashOf(
            long seq, Instant at, String actor, String event, String subject, String detail, String prevHash) {
        StringBuilder canonical = new StringBuilder(prevHash);
        for (String field : new String[] {Long.toString(seq), at.toString(), actor, event, subject, detail}) {
            canonical.append('|').append(field.length()).append(':').append(field);
        }
        return ActionId.Sha256.hex(canonical.toString());
    }
}
