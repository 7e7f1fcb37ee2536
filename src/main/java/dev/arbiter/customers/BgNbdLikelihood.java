package dev.arbiter.customers;

import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD log-likelihood of equation (6) in Fader, Hardie and Lee (2005), in log space: the gamma-function
 * ratios depend only on x, so they are computed once per distinct frequency and each customer costs three logs.
 */
final class BgNbdLikelihood implements LogLikelihood {
    private final int[] x;
    private final double[] recency;
    private final double[] age;
    private final int maxFrequency;

    BgNbdLikelihood(List<RepeatPurchases> customers) {
        int n = customers.size();
        this.x = new int[n];
        this.recency = new double[n];
        this.age = new double[n];
        int max = 0;
        for (int i = 0; i < n; i++) {
            RepeatPurchases customer = customers.get(i);
            x[i] = customer.frequency();
            recency[i] = customer.recency();
            age[i] = customer.age();
            max = Math.max(max, x[i]);
        }
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
        return (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int k = x[i];
                double alive = -(r + k) * Math.log(alpha + age[i]);
                if (k == 0) {
                    sum += shared[k] + alive;
                } else {
                    double dead = dropout[k] - (r + k) * Math.log(alpha + recency[i]);
                    double high = Math.max(alive, dead);
                    sum += shared[k] + high + Math.log1p(Math.exp(Math.min(alive, dead) - high));
                }
            }
            return sum;
        };
    }
}
