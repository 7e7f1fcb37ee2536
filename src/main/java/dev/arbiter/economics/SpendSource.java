package dev.arbiter.economics;

/**
 * The report an ad product's spend was read from: an advertised product report names the SKU of every row, so its
 * spend is in that SKU's contribution after ads; a campaign report names none, so its spend stays the brand's.
 */
public enum SpendSource {
    ADVERTISED_PRODUCT("advertised product report", true),
    CAMPAIGN("campaign report", false);

    private final String label;
    private final boolean allocatedToSkus;

    SpendSource(String label, boolean allocatedToSkus) {
        this.label = label;
        this.allocatedToSkus = allocatedToSkus;
    }

    /** The report's name, for the report's reader. */
    public String label() {
        return label;
    }

    /** Whether its spend is already in the SKUs' contribution after ads (CM2). */
    public boolean allocatedToSkus() {
        return allocatedToSkus;
    }
}
