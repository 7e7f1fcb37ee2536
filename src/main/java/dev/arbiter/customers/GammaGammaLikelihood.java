package dev.arbiter.customers;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of Fader and Hardie's note on the model, over the repeat buyers (x > 0) only; the
 * gamma-function ratio depends only on x, so each customer costs one log.
 */
final class GammaGammaLikelihood implements LogLikelihood {
    private final int[] x;
    private final double[] meanValue;
    private final double[] logMeanValue;
    private final int maxFrequency;

    GammaGammaLikelihood(List<RepeatPurchases> customers) {
        List<RepeatPurchases> buyers = new ArrayList<>();
        for (RepeatPurchases customer : customers) {
            if (customer.frequency() > 0 && customer.meanRepeatValue() > 0) {
                buyers.add(customer);
            }
        }
        int n = buyers.size();
        this.x = new int[n];
        this.meanValue = new double[n];
        this.logMeanValue = new double[n];
        int max = 0;
        for (int i = 0; i < n; i++) {
            x[i] = buyers.get(i).frequency();
            meanValue[i] = buyers.get(i).meanRepeatValue();
            logMeanValue[i] = Math.log(meanValue[i]);
            max = Math.max(max, x[i]);
        }
        this.maxFrequency = max;
    }

    @Override
    public int customers() {
        return x.length;
    }

    /** p = 1 and q = 2 make the population mean gamma, so gamma starts at the mean of the repeat buyers' means. */
    @Override
    public double[] start() {
        double mean = 0;
        for (double value : meanValue) {
            mean += value / meanValue.length;
        }
        return new double[] {0, Math.log(2), Math.log(Math.max(mean, 1e-6))};
    }

    @Override
    public int parameters() {
        return 3;
    }

    @Override
    public String[] names() {
        return new String[] {"p", "q", "gamma"};
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public Terms prepare(double[] parameters) {
        double p = parameters[0];
        double q = parameters[1];
        double gamma = parameters[2];
        double[] shared = new double[maxFrequency + 1];
        double constant = -Gamma.logGamma(q) + q * Math.log(gamma);
        for (int k = 1; k <= maxFrequency; k++) {
            shared[k] = constant + Gamma.logGamma(p * k + q) - Gamma.logGamma(p * k) + p * k * Math.log(k);
        }
        return (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int k = x[i];
                sum += shared[k] + (p * k - 1) * logMeanValue[i] - (p * k + q) * Math.log(gamma + k * meanValue[i]);
            }
            return sum;
        };
    }
}
