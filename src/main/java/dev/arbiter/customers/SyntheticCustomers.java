package dev.arbiter.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws customers from known BG/NBD and Gamma-Gamma parameters (each customer's rate, drop-out probability and
 * spend level from the mixing distributions, then their purchases), for benchmarks and for checking that a fit
 * recovers what generated the data.
 */
public final class SyntheticCustomers {
    private final BgNbd purchases;
    private final GammaGamma spend;
    private final RandomGenerator random;

    public SyntheticCustomers(BgNbd purchases, GammaGamma spend, RandomGenerator random) {
        this.purchases = purchases;
        this.spend = spend;
        this.random = random;
    }

    /**
     * {@code count} customers observed for between half of {@code weeks} and {@code weeks} since their first
     * purchase, with purchases dated to the day (same-day purchases are one transaction), as real order files are.
     */
    public List<RepeatPurchases> draw(int count, int weeks) {
        List<RepeatPurchases> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int days = weeks * 7 / 2 + random.nextInt(weeks * 7 / 2 + 1);
            customers.add(one(days / 7.0));
        }
        return customers;
    }

    private RepeatPurchases one(double age) {
        double rate = gamma(purchases.r()) / purchases.alpha();
        double a = gamma(purchases.a());
        double dropout = a / (a + gamma(purchases.b()));
        double spendRate = gamma(spend.q()) / spend.gamma();
        int x = 0;
        double t = 0;
        double last = 0;
        double total = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / rate;
            double day = Math.floor(t * 7) / 7;
            if (day > age) {
                break;
            }
            if (day > last) {
                x++;
                last = day;
                total += gamma(spend.p()) / spendRate;
            }
            if (random.nextDouble() < dropout) {
                break;
            }
        }
        return new RepeatPurchases(x, last, age, x == 0 ? 0 : total / x);
    }

    /** A gamma(shape, 1) draw by Marsaglia and Tsang's method, boosted for shapes below one. */
    private double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
