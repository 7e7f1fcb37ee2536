package dev.arbiter.customers;

/** The time unit of recency, age and horizon: the papers use weeks. */
public enum PeriodUnit {
    DAY(1),
    WEEK(7);

    private final int days;

    PeriodUnit(int days) {
        this.days = days;
    }

    /** A number of days in this unit. */
    public double of(long days) {
        return days / (double) this.days;
    }
}
