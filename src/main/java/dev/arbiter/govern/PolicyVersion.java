package dev.arbiter.govern;

import dev.arbiter.policy.Role;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One applied version of the operating model: who applied it in which role, why, what it changed and the file itself.
 *
 * @param role empty for version 1 when it records the workspace's file as it stood before its first governed change
 * @param changes the parts changed, as {@code guardrails.margin-floor (changed, owned by finance)}
 * @param diff the lines removed and added against the version before
 */
public record PolicyVersion(
        int version, Instant appliedAt, String author, Optional<Role> role, String reason, List<String> changes,
        String diff, String content) {
    public PolicyVersion {
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reason, "reason");
        changes = List.copyOf(changes);
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(content, "content");
    }

    /** {@code finance (finance)}, or the author alone without a role. */
    public String appliedBy() {
        return author + role.map(r -> " (" + r.key() + ")").orElse("");
    }
}
