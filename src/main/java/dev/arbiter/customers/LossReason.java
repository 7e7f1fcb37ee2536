package dev.arbiter.customers;

/** The cost that dominates a money-losing customer's account. */
public enum LossReason {
    RETURNS("returns"),
    DISCOUNTS("discounts"),
    SHIPPING("shipping"),
    HANDLING("picking and packing"),
    ACQUISITION("acquisition cost"),
    COST_OF_GOODS("thin margin");

    private final String label;

    LossReason(String label) {
        this.label = label;
    }

    /** The reason in words, as the report and the CLI print it. */
    public String label() {
        return label;
    }
}
