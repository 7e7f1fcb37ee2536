package dev.arbiter.govern;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the audit log is the chain it was written as.
 *
 * @param firstBadSeq the first entry found edited, missing or out of place
 */
public record AuditVerification(boolean intact, long entries, Optional<Long> firstBadSeq, String reason) {
    public AuditVerification {
        Objects.requireNonNull(firstBadSeq, "firstBadSeq");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Walks the entries in stored order: seq must count up from 1, each must point at the hash before it, and each
     * hash must be the hash of its fields. {@code lastSeqReferenced} is the highest seq anything else refers to, so
     * that cutting off the tail of the log shows too.
     */
    public static AuditVerification of(List<AuditEntry> entries, long lastSeqReferenced) {
        String previous = AuditEntry.GENESIS;
        long expected = 1;
        for (AuditEntry entry : entries) {
            if (entry.seq() != expected) {
                return broken(entries.size(), expected, "entry " + expected + " is missing or out of place");
            }
            if (!entry.prevHash().equals(previous)) {
                return broken(entries.size(), entry.seq(), "entry " + entry.seq() + " does not follow the entry before it");
            }
            if (!entry.sealed()) {
                return broken(entries.size(), entry.seq(), "entry " + entry.seq() + " was changed after it was written");
            }
            previous = entry.hash();
            expected++;
        }
        if (lastSeqReferenced >= expected) {
            return broken(entries.size(), expected, "entries from " + expected + " on are missing");
        }
        return new AuditVerification(true, entries.size(), Optional.empty(), "intact");
    }

    private static AuditVerification broken(long entries, long seq, String reason) {
        return new AuditVerification(false, entries, Optional.of(seq), reason);
    }
}
