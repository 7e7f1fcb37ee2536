package dev.arbiter.economics;

/** An advertising product of Amazon Ads whose spend a brand pays: Sponsored Products, Brands or Display. */
public enum AdProduct {
    SPONSORED_PRODUCTS("Sponsored Products"),
    SPONSORED_BRANDS("Sponsored Brands"),
    SPONSORED_DISPLAY("Sponsored Display");

    private final String label;

    AdProduct(String label) {
        this.label = label;
    }

    /** The name an advertiser knows it by. */
    public String label() {
        return label;
    }
}
