package dev.arbiter.demo;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Hands out unique, seed-determined ASINs, FNSKUs and 15-digit Amazon Ads ids. */
final class IdentifierSource {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final SplittableRandom random;
    private final Set<String> issued = new HashSet<>();

    IdentifierSource(SplittableRandom random) {
        this.random = random;
    }

    String asin() {
        return unique("B0", 8);
    }

    String fnsku() {
        return unique("X00", 7);
    }

    /** A 15-digit id as bulksheet downloads carry them (written as text cells). */
    String adsId() {
        String id;
        do {
            id = Long.toString(100_000_000_000_000L + random.nextLong(899_999_999_999_999L));
        } while (!issued.add(id));
        return id;
    }

    private String unique(String prefix, int length) {
        String candidate;
        do {
            StringBuilder text = new StringBuilder(prefix);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            candidate = text.toString();
        } while (!issued.add(candidate));
        return candidate;
    }
}
