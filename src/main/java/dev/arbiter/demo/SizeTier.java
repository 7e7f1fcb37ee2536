package dev.arbiter.demo;

/** FBA size tiers the demo uses, with the simplified 2024 US fulfilment fee each implies (docs/demo-model.md). */
enum SizeTier {
    SMALL_STANDARD("Small Standard-Size", 322, 0),
    LARGE_STANDARD("Large Standard-Size", 386, 40),
    LARGE_BULKY("Large Bulky", 961, 38);

    private final String label;
    private final long baseFeeCents;
    private final long centsPerPoundAboveOne;

    SizeTier(String label, long baseFeeCents, long centsPerPoundAboveOne) {
        this.label = label;
        this.baseFeeCents = baseFeeCents;
        this.centsPerPoundAboveOne = centsPerPoundAboveOne;
    }

    String label() {
        return label;
    }

    /** The tier Amazon assigns from the longest side (inches) and the shipping weight (pounds). */
    static SizeTier of(double longestSide, double weightPounds) {
        if (longestSide <= 15 && weightPounds <= 1) {
            return SMALL_STANDARD;
        }
        if (longestSide <= 18 && weightPounds <= 20) {
            return LARGE_STANDARD;
        }
        return LARGE_BULKY;
    }

    /** The per-unit FBA fulfilment fee in cents. */
    long fulfilmentFeeCents(double weightPounds) {
        double extraPounds = Math.max(0, Math.ceil(weightPounds - 1));
        return baseFeeCents + Math.round(extraPounds * centsPerPoundAboveOne);
    }
}
