package dev.arbiter.economics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A campaign's fitted spend-response curve with the evidence behind it: how many days it spent on, how much of
 * its elasticity is its own rather than its portfolio's, and the doubts that make it unfit to act on.
 *
 * @param spendDays days with spend in the history
 * @param ownWeight the weight of the campaign's own days in its elasticity (0 = all portfolio, 1 = all its own)
 * @param ownElasticity the elasticity its own days alone suggest; NaN when they cannot tell
 */
public record SpendResponseFit(
        SpendResponseCurve curve, int spendDays, double ownWeight, double ownElasticity, List<Doubt> doubts) {

    /** Why a fit should not be acted on. */
    public enum Doubt {
        TOO_FEW_DAYS("too few days with spend"),
        SPEND_NEVER_VARIED("spend never varied enough to show the curve"),
        NO_SALES("no attributed ad sales");

        private final String description;

        Doubt(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public SpendResponseFit {
        Objects.requireNonNull(curve, "curve");
        doubts = List.copyOf(Objects.requireNonNull(doubts, "doubts"));
    }

    /** Whether the curve may be acted on: enough days, spend that varied, and sales. */
    public boolean trustworthy() {
        return doubts.isEmpty();
    }

    /** The doubts in words, e.g. {@code too few days with spend (9); no attributed ad sales}; empty when none. */
    public String doubtsText() {
        return doubts.stream()
                .map(doubt -> doubt == Doubt.TOO_FEW_DAYS
                        ? String.format(Locale.ROOT, "%s (%d)", doubt.description(), spendDays)
                        : doubt.description())
                .collect(Collectors.joining("; "));
    }
}
