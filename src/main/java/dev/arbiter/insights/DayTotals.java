package dev.arbiter.insights;

/**
 * One unit's advertising on one day (a target, a SKU's or a campaign's targets summed), with its contribution after
 * ads: attributed sales × the SKU's contribution before ads as a share of revenue, less spend.
 */
public record DayTotals(double clicks, double spend, double sales, double orders, double contribution) {
    public static final DayTotals NONE = new DayTotals(0, 0, 0, 0, 0);

    public DayTotals plus(DayTotals other) {
        return new DayTotals(clicks + other.clicks, spend + other.spend, sales + other.sales, orders + other.orders,
                contribution + other.contribution);
    }

    public DayTotals dividedBy(double count) {
        return new DayTotals(clicks / count, spend / count, sales / count, orders / count, contribution / count);
    }

    /** Spend / sales; NaN without sales. */
    public double acos() {
        return sales > 0 ? spend / sales : Double.NaN;
    }
}
