package dev.arbiter.economics;

/**
 * What is believed about a spend-response elasticity before a campaign's own days are seen: the portfolio's
 * pooled elasticity, and how far a single campaign is expected to stray from it (a standard deviation).
 */
public record SpendResponsePrior(double elasticity, double spread) {
    public SpendResponsePrior {
        if (!(elasticity > 0 && elasticity < 1)) {
            throw new IllegalArgumentException("a prior elasticity lies strictly between 0 and 1, not " + elasticity);
        }
        if (!(spread > 0)) {
            throw new IllegalArgumentException("a prior spread must be positive, not " + spread);
        }
    }
}
