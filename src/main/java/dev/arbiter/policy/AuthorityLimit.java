package dev.arbiter.policy;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The local authority inside which a reversible action goes automatically.
 *
 * @param maxStepPct the largest relative step in percent (30 = ±30 %), when limited
 * @param maxValue the most money the action may put at stake, in the marketplace currency, when limited
 */
public record AuthorityLimit(OptionalDouble maxStepPct, OptionalDouble maxValue) {
    public AuthorityLimit {
        Objects.requireNonNull(maxStepPct, "maxStepPct");
        Objects.requireNonNull(maxValue, "maxValue");
    }

    /** No limit written: anything reversible goes automatically. */
    public static AuthorityLimit unlimited() {
        return new AuthorityLimit(OptionalDouble.empty(), OptionalDouble.empty());
    }
}
