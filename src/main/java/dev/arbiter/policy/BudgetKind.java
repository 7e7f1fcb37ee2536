package dev.arbiter.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a portfolio's money may be used: a defensive envelope is never raided for growth. */
public enum BudgetKind {
    DEFENSIVE,
    GROWTH;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BudgetKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}
