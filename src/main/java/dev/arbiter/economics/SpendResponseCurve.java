package dev.arbiter.economics;

/**
 * A campaign's daily ad sales as a function of its daily spend with diminishing returns, {@code sales = scale ×
 * spend^elasticity} (0 < elasticity < 1), and its contribution before ads at the campaign's CM1 margin (DESIGN.md:
 * marginal ROAS = d sales / d spend; extra spend pays only while marginal ROAS × CM1 % > 1).
 *
 * @param scale sales at a spend of 1 per day
 * @param elasticity the share by which sales grow per share of spend growth
 * @param margin the CM1 margin of the SKUs the campaign sold, a fraction of sales (may be negative)
 */
public record SpendResponseCurve(double scale, double elasticity, double margin) {
    public SpendResponseCurve {
        if (!(scale >= 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be zero or more, not " + scale);
        }
        if (!(elasticity > 0 && elasticity < 1)) {
            throw new IllegalArgumentException("elasticity must lie strictly between 0 and 1, not " + elasticity);
        }
        if (Double.isNaN(margin) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("margin must be a number, not " + margin);
        }
    }

    /** Expected ad sales per day at this daily spend. */
    public double sales(double spend) {
        return spend <= 0 ? 0 : scale * Math.pow(spend, elasticity);
    }

    /** Expected contribution before ads per day (sales × CM1 margin) at this daily spend. */
    public double contribution(double spend) {
        return margin * sales(spend);
    }

    /** Expected contribution after ads per day: contribution before ads less the spend. */
    public double contributionAfterAds(double spend) {
        return contribution(spend) - spend;
    }

    /** d sales / d spend at this daily spend: what the next unit of spend brings in sales. */
    public double marginalRoas(double spend) {
        return spend <= 0 ? Double.POSITIVE_INFINITY : scale * elasticity * Math.pow(spend, elasticity - 1);
    }

    /** d contribution / d spend − 1 at this daily spend: what the next unit of spend keeps after paying for itself. */
    public double marginalContributionAfterAds(double spend) {
        return margin * marginalRoas(spend) - 1;
    }

    /**
     * The daily spend at which the marginal contribution after ads equals {@code level} (≥ 0): where an envelope
     * priced at {@code level} per unit is spent to its best; 0 when even the first unit keeps less.
     */
    public double spendWhereMarginalContributionIs(double level) {
        double numerator = margin * scale * elasticity;
        if (numerator <= 0) {
            return 0;
        }
        return Math.pow(numerator / (1 + level), 1 / (1 - elasticity));
    }
}
