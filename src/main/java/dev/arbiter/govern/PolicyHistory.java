package dev.arbiter.govern;

import dev.arbiter.policy.Role;
import java.util.List;
import java.util.Optional;

/** Every version of the operating model applied through Arbiter, each appended to the audit log as it is recorded. */
public interface PolicyHistory {

    /** Every version, oldest first. */
    List<PolicyVersion> versions();

    Optional<PolicyVersion> version(int number);

    /** Records the next version; {@code role} is empty only for the baseline recorded before the first change. */
    PolicyVersion record(String author, Optional<Role> role, String reason, List<String> changes, String diff, String content);
}
