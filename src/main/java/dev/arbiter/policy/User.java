package dev.arbiter.policy;

import java.util.Objects;

/** A person who signs in under one role. */
public record User(String name, Role role) {
    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a user needs a name");
        }
    }
}
