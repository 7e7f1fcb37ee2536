package dev.arbiter.policy;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One part of the operating model a new version changes, and the roles that own it besides the CMO, who owns
 * everything.
 *
 * @param name the part as the file names it: {@code guardrails.margin-floor}, {@code budgets.Growth.release_when}
 * @param owners every role that must own the part for a change to be theirs; empty when only the CMO may change it
 */
public record ChangedPart(String name, String how, Set<Role> owners) {
    public ChangedPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(how, "how");
        owners = Set.copyOf(owners);
    }

    /** Whether a user of this role may make the change: the CMO always, another role when it owns every side of it. */
    public boolean ownedBy(Role role) {
        return role == Role.CMO || (!owners.isEmpty() && owners.stream().allMatch(role::equals));
    }

    /** {@code guardrails.margin-floor (changed, owned by finance)}. */
    public String describe() {
        String ownedBy = owners.isEmpty() ? "cmo" : owners.stream().map(Role::key).sorted().collect(Collectors.joining(" and "));
        return name + " (" + how + ", owned by " + ownedBy + ")";
    }
}
