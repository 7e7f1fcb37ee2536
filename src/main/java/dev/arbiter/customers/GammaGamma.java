package dev.arbiter.customers;

/**
 * A fitted Gamma-Gamma spend model (Fader and Hardie's note, Colombo and Jiang 1999): transaction values are
 * gamma(p, nu) with nu ~ gamma(q, gamma) across customers; answers a customer's expected value per transaction.
 */
public record GammaGamma(double p, double q, double gamma, double logLikelihood) {

    /** E[Z | x, zbar], shrinking the customer's own mean toward the population mean; the population mean when x = 0. */
    public double expectedSpend(RepeatPurchases customer) {
        int x = customer.frequency();
        if (x == 0) {
            return p * gamma / (q - 1);
        }
        return p * (gamma + x * customer.meanRepeatValue()) / (p * x + q - 1);
    }
}
