package dev.arbiter.govern;

import java.util.Locale;
import java.util.Objects;

/** One ledger action whose verdict a candidate operating model would change: what it is now and what it would be. */
public record VerdictChange(LedgerEntry entry, Verdict now, Verdict then) {
    public VerdictChange {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(then, "then");
    }

    /** Verdicts that send the action the same way: same status, same awaited role, same blocking guardrail. */
    static boolean same(Verdict a, Verdict b) {
        return a.status() == b.status() && a.awaitedRole().equals(b.awaitedRole()) && a.blockedBy().equals(b.blockedBy());
    }

    /** One line: id, type, the verdict now and the verdict under the candidate. */
    public String describe() {
        return String.format(Locale.ROOT, "%-15s %-17s %s%n%16s now:  %s%n%16s then: %s", entry.id(),
                entry.action().type().key(), entry.action().describe(), "", now.describe(), "", then.describe());
    }
}
