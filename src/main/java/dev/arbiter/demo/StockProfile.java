package dev.arbiter.demo;

/** How the brand has been replenishing a SKU: the causes behind stock-outs, low cover and overstock in the files. */
enum StockProfile {
    /** Reviewed every two weeks, reordered up to two lead times plus a month of demand. */
    STEADY(1.0, 14, 0),
    /** Reordered late and short: runs dry between shipments. */
    STOCKS_OUT(0.6, 28, 0),
    /** The supplier stopped shipping late in the window: cover falls below lead time near the end. */
    RUNS_LOW(1.0, 14, 55),
    /** Over-ordered: one large order on top of the usual ones. */
    OVERSTOCKED(2.2, 14, 0),
    /** Old stock being cleared: never reordered. */
    CLEARANCE(0.0, 0, 0);

    private final double orderFactor;
    private final int reviewEveryDays;
    private final int stopsOrderingDaysBeforeEnd;

    StockProfile(double orderFactor, int reviewEveryDays, int stopsOrderingDaysBeforeEnd) {
        this.orderFactor = orderFactor;
        this.reviewEveryDays = reviewEveryDays;
        this.stopsOrderingDaysBeforeEnd = stopsOrderingDaysBeforeEnd;
    }

    double orderFactor() {
        return orderFactor;
    }

    int reviewEveryDays() {
        return reviewEveryDays;
    }

    int stopsOrderingDaysBeforeEnd() {
        return stopsOrderingDaysBeforeEnd;
    }
}
