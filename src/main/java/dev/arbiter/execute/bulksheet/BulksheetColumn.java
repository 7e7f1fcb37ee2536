package dev.arbiter.execute.bulksheet;

/**
 * The 26 columns of Amazon's blank Sponsored Products bulksheet 2.0 template, in template order
 * (formats doc, B2), with their exact header text.
 */
public enum BulksheetColumn {
    PRODUCT("Product"),
    ENTITY("Entity"),
    OPERATION("Operation"),
    CAMPAIGN_ID("Campaign ID"),
    AD_GROUP_ID("Ad Group ID"),
    PORTFOLIO_ID("Portfolio ID"),
    AD_ID("Ad ID"),
    KEYWORD_ID("Keyword ID"),
    PRODUCT_TARGETING_ID("Product Targeting ID"),
    CAMPAIGN_NAME("Campaign Name"),
    AD_GROUP_NAME("Ad Group Name"),
    START_DATE("Start Date"),
    END_DATE("End Date"),
    TARGETING_TYPE("Targeting Type"),
    STATE("State"),
    DAILY_BUDGET("Daily Budget"),
    SKU("SKU"),
    ASIN("ASIN"),
    AD_GROUP_DEFAULT_BID("Ad Group Default Bid"),
    BID("Bid"),
    KEYWORD_TEXT("Keyword Text"),
    MATCH_TYPE("Match Type"),
    BIDDING_STRATEGY("Bidding Strategy"),
    PLACEMENT("Placement"),
    PERCENTAGE("Percentage"),
    PRODUCT_TARGETING_EXPRESSION("Product Targeting Expression");

    private final String header;

    BulksheetColumn(String header) {
        this.header = header;
    }

    /** The header exactly as Amazon's template writes it. */
    public String header() {
        return header;
    }

    /**
     * Whether the column must stay a text cell: long ids, which Excel would turn into {@code 1.23E+14}
     * (formats doc, B1), and yyyyMMdd dates, which it would read as numbers.
     */
    public boolean isText() {
        return switch (this) {
            case CAMPAIGN_ID, AD_GROUP_ID, PORTFOLIO_ID, AD_ID, KEYWORD_ID, PRODUCT_TARGETING_ID, START_DATE, END_DATE ->
                true;
            default -> false;
        };
    }

    /** Whether the column holds a decimal amount (written as a number cell in the workbook). */
    public boolean isAmount() {
        return this == DAILY_BUDGET || this == BID || this == AD_GROUP_DEFAULT_BID;
    }
}
