package dev.arbiter.customers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD log-likelihood of equation (6) in Fader, Hardie and Lee (2005), in log space. The gamma-function
 * ratios depend only on x, and log(alpha + t) only on the distinct recencies and ages, of which order files dated
 * to the day hold a few hundred: so each is computed once per evaluation, and a customer costs one exp and one log.
 */
final class BgNbdLikelihood implements LogLikelihood {
    private final int[] x;
    private final int[] recency;
    private final int[] age;
    private final double[] times;
    private final double meanAge;
    private final double meanFrequency;
    private final int maxFrequency;

    BgNbdLikelihood(List<RepeatPurchases> customers) {
        int n = customers.size();
        this.x = new int[n];
        this.recency = new int[n];
        this.age = new int[n];
        Map<Double, Integer> distinct = new HashMap<>();
        double ages = 0;
        double frequencies = 0;
        int max = 0;
        for (int i = 0; i < n; i++) {
            RepeatPurchases customer = customers.get(i);
            x[i] = customer.frequency();
            recency[i] = distinct.computeIfAbsent(customer.recency(), t -> distinct.size());
            age[i] = distinct.computeIfAbsent(customer.age(), t -> distinct.size());
            ages += customer.age();
            frequencies += customer.frequency();
            max = Math.max(max, x[i]);
        }
        this.times = new double[distinct.size()];
        distinct.forEach((time, index) -> times[index] = time);
        this.meanAge = n == 0 ? 1 : ages / n;
        this.meanFrequency = n == 0 ? 0 : frequencies / n;
        this.maxFrequency = max;
    }

    @Override
    public int parameters() {
        return 4;
    }

    @Override
    public String[] names() {
        return new String[] {"r", "alpha", "a", "b"};
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public int customers() {
        return x.length;
    }

    /** r = 1 with alpha the mean age over the mean repeat count plus one; a = 1, b = 3 (a 25% drop-out chance). */
    @Override
    public double[] start() {
        return new double[] {0, Math.log(Math.max(meanAge / (meanFrequency + 1), 1e-6)), 0, Math.log(3)};
    }

    @Override
    public Terms prepare(double[] p) {
        double r = p[0];
        double alpha = p[1];
        double a = p[2];
        double b = p[3];
        double[] shared = new double[maxFrequency + 1];
        double[] dropout = new double[maxFrequency + 1];
        double constant = -Gamma.logGamma(r) + r * Math.log(alpha) + Gamma.logGamma(a + b) - Gamma.logGamma(b);
        for (int k = 0; k <= maxFrequency; k++) {
            shared[k] = constant + Gamma.logGamma(r + k) + Gamma.logGamma(b + k) - Gamma.logGamma(a + b + k);
            dropout[k] = k > 0 ? Math.log(a) - Math.log(b + k - 1) : Double.NEGATIVE_INFINITY;
        }
        double[] logs = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            logs[i] = Math.log(alpha + times[i]);
        }
        return (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int k = x[i];
                double alive = -(r + k) * logs[age[i]];
                if (k == 0) {
                    sum += shared[k] + alive;
                } else {
                    double dead = dropout[k] - (r + k) * logs[recency[i]];
                    double high = Math.max(alive, dead);
                    sum += shared[k] + high + Math.log(1 + Math.exp(Math.min(alive, dead) - high));
                }
            }
            return sum;
        };
    }
}
