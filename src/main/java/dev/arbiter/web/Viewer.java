package dev.arbiter.web;

import dev.arbiter.policy.Role;
import dev.arbiter.policy.User;
import dev.arbiter.policy.Visibility;
import java.time.Instant;

/** The signed-in person behind a request: who, in which role, what they may see, and their CSRF token. */
record Viewer(User user, Visibility visibility, String csrf, Instant expires) {

    /** Whether cost, margin and contribution figures may be shown (everyone but margin-tier roles). */
    boolean seesMoney() {
        return visibility == Visibility.FULL;
    }

    Role role() {
        return user.role();
    }

    String name() {
        return user.name();
    }
}
