package dev.arbiter.model;

import java.util.Locale;

/** Amazon's product identifier; held upper-case because search terms carry it lower-case. */
public record Asin(String value) {
    public Asin {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an ASIN cannot be blank");
        }
        value = value.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether a text looks like an ASIN (ten letters or digits starting with B0, or an ISBN-10). */
    public static boolean looksLike(String text) {
        return text != null && text.trim().matches("(?i)(b0[a-z0-9]{8}|[0-9]{9}[0-9x])");
    }

    @Override
    public String toString() {
        return value;
    }
}
