package dev.arbiter.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles of the operating model (seed 000/001): who owns which decisions. */
public enum Role {
    CMO,
    FINANCE,
    ECOMMERCE,
    MARKETING,
    AGENCY;

    /** The name used in files and screens: {@code cmo}, {@code finance}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst();
    }
}
