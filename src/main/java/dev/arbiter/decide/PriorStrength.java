package dev.arbiter.decide;

import dev.arbiter.economics.TargetEconomics;
import java.util.List;

/**
 * The empirical-Bayes prior strength of conversion rates: targets' observed rates scatter by binomial noise plus
 * the true spread τ² between targets; the method of moments estimates τ² from that scatter and turns the pooled
 * rate m into a beta prior worth k = m(1 − m) / τ² − 1 clicks, held within bounds.
 */
final class PriorStrength {
    private PriorStrength() {}

    /**
     * k for these targets: the upper bound when rates scatter no more than noise explains (or fewer than two
     * targets have clicks), the lower bound when no target converts or all do.
     */
    static double fit(List<TargetEconomics> targets, double min, double max) {
        double clicks = 0;
        double orders = 0;
        double squares = 0;
        int counted = 0;
        for (TargetEconomics target : targets) {
            if (target.clicks() > 0) {
                clicks += target.clicks();
                orders += Math.min(target.orders(), target.clicks());
                squares += (double) target.clicks() * target.clicks();
                counted++;
            }
        }
        if (counted < 2) {
            return max;
        }
        double mean = orders / clicks;
        if (mean <= 0 || mean >= 1) {
            return min;
        }
        double scatter = 0;
        for (TargetEconomics target : targets) {
            if (target.clicks() > 0) {
                double rate = Math.min(target.orders(), target.clicks()) / (double) target.clicks();
                scatter += target.clicks() * (rate - mean) * (rate - mean);
            }
        }
        double spread = (scatter - (counted - 1) * mean * (1 - mean)) / (clicks - squares / clicks);
        if (!(spread > 0)) {
            return max;
        }
        return Math.max(min, Math.min(max, mean * (1 - mean) / spread - 1));
    }
}
