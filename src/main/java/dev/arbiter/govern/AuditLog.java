package dev.arbiter.govern;

import java.util.List;

/** The append-only, hash-chained log of every proposal, verdict, approval, rejection and execution. */
public interface AuditLog {

    /** Every entry in sequence order. */
    List<AuditEntry> entries();

    /** Checks the chain: an edited, deleted or reordered entry shows. */
    AuditVerification verify();
}
