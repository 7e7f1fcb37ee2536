package dev.arbiter.customers;

/**
 * A fitted BG/NBD model (Fader, Hardie and Lee 2005): purchase rates gamma(r, alpha), drop-out probabilities
 * beta(a, b); answers how many purchases a customer will make in a horizon and whether they are still alive.
 */
public record BgNbd(double r, double alpha, double a, double b, double logLikelihood) {

    /** P(alive | x, tx, T), equation (12) of the paper's note. */
    public double probabilityAlive(RepeatPurchases customer) {
        if (customer.frequency() == 0) {
            return 1.0;
        }
        return 1.0 / (1.0 + deadOverAlive(customer));
    }

    /** E[Y(t) | x, tx, T]: the expected number of purchases in the next {@code horizon} time units (equation 10). */
    public double expectedPurchases(RepeatPurchases customer, double horizon) {
        int x = customer.frequency();
        double T = customer.age();
        double z = horizon / (alpha + T + horizon);
        double hyper = hypergeometric(r + x, b + x, a + b + x - 1, z);
        double numerator = (a + b + x - 1) / (a - 1)
                * (1 - Math.exp((r + x) * Math.log((alpha + T) / (alpha + T + horizon))) * hyper);
        double denominator = 1 + (x > 0 ? deadOverAlive(customer) : 0);
        return numerator / denominator;
    }

    private double deadOverAlive(RepeatPurchases customer) {
        int x = customer.frequency();
        return a / (b + x - 1) * Math.exp((r + x) * Math.log((alpha + customer.age()) / (alpha + customer.recency())));
    }

    /** Gauss's 2F1(a, b; c; z) for 0 <= z < 1 by its series, summed until a term no longer changes the sum. */
    static double hypergeometric(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int k = 0; k < 100_000; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.abs(term) < 1e-15 * Math.abs(sum)) {
                return sum;
            }
        }
        return sum;
    }
}
