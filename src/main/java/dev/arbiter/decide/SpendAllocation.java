package dev.arbiter.decide;

import dev.arbiter.economics.SpendResponseCurve;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Splits a daily envelope across campaigns so that each one's marginal contribution after ads is the same (the
 * optimum of Σ contribution after ads under Σ spend ≤ envelope), each held between its own bounds. Without a binding
 * envelope every campaign goes to where its next unit of spend keeps nothing (marginal contribution 0).
 */
record SpendAllocation(List<Bounded> campaigns) {
    private static final int BISECTIONS = 100;

    /** One campaign's curve and the daily spend it may move between. */
    record Bounded(SpendResponseCurve curve, double lower, double upper) {
        Bounded {
            if (!(lower >= 0) || !(upper >= lower)) {
                throw new IllegalArgumentException("bounds must satisfy 0 ≤ lower ≤ upper, not " + lower + ", " + upper);
            }
        }

        double spendAt(double level) {
            return Math.max(lower, Math.min(upper, curve.spendWhereMarginalContributionIs(level)));
        }
    }

    /**
     * The allocation: daily spend per campaign in order, and the common marginal contribution after ads where the
     * envelope binds (0 where it does not).
     */
    record Result(double[] spends, double level) {}

    SpendAllocation {
        campaigns = List.copyOf(campaigns);
    }

    Result within(OptionalDouble envelope) {
        if (envelope.isEmpty() || total(0) <= envelope.getAsDouble()) {
            return new Result(spends(0), 0);
        }
        double budget = envelope.getAsDouble();
        double low = 0;
        double high = 1;
        while (total(high) > budget && high < 1e9) {
            low = high;
            high *= 2;
        }
        for (int i = 0; i < BISECTIONS; i++) {
            double middle = (low + high) / 2;
            if (total(middle) > budget) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return new Result(spends(high), high);
    }

    private double total(double level) {
        return campaigns.stream().mapToDouble(campaign -> campaign.spendAt(level)).sum();
    }

    private double[] spends(double level) {
        return campaigns.stream().mapToDouble(campaign -> campaign.spendAt(level)).toArray();
    }
}
