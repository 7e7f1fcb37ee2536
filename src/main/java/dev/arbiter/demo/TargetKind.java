package dev.arbiter.demo;

/** How an ad reaches shoppers: a keyword in one match type, a product target, or one of the four auto targets. */
enum TargetKind {
    EXACT("EXACT", "exact", true, 0.0080, 900),
    PHRASE("PHRASE", "phrase", true, 0.0060, 1600),
    BROAD("BROAD", "broad", true, 0.0040, 2800),
    PRODUCT("-", "", false, 0.0050, 350),
    CLOSE_MATCH("-", "", false, 0.0050, 1500),
    LOOSE_MATCH("-", "", false, 0.0035, 2400),
    SUBSTITUTES("-", "", false, 0.0045, 800),
    COMPLEMENTS("-", "", false, 0.0030, 600);

    private final String consoleMatchType;
    private final String bulkMatchType;
    private final boolean keyword;
    private final double baseClickThroughRate;
    private final int impressionCap;

    TargetKind(
            String consoleMatchType,
            String bulkMatchType,
            boolean keyword,
            double baseClickThroughRate,
            int impressionCap) {
        this.consoleMatchType = consoleMatchType;
        this.bulkMatchType = bulkMatchType;
        this.keyword = keyword;
        this.baseClickThroughRate = baseClickThroughRate;
        this.impressionCap = impressionCap;
    }

    /** As the console reports spell it: {@code EXACT}, or {@code -} for auto and product targets (formats doc A1). */
    String consoleMatchType() {
        return consoleMatchType;
    }

    /** As bulksheets spell it: {@code exact}, or empty for product targeting rows (formats doc B2). */
    String bulkMatchType() {
        return bulkMatchType;
    }

    boolean keyword() {
        return keyword;
    }

    /** Bulksheet entity name as downloads spell it. */
    String entity() {
        return keyword ? "Keyword" : "Product Targeting";
    }

    double baseClickThroughRate() {
        return baseClickThroughRate;
    }

    /** Impressions a day a fully bid target of an average SKU could win. */
    int impressionCap() {
        return impressionCap;
    }
}
