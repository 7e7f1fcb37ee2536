package dev.arbiter.execute.bulksheet;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * The column a header of a downloaded or uploaded sheet names, matched as formats doc B2 and rule 0.1
     * ask: trimmed, inner whitespace collapsed, case-folded, with the {@code (Read only)} suffix of some id
     * columns ignored ({@code Campaign Id}, {@code Ad ID (Read only)}). {@code (Informational only)} columns
     * are other columns and match nothing here.
     */
    public static Optional<BulksheetColumn> byHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String normalised = header.replace("\uFEFF", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .replaceFirst(" \\(read only\\)$", "");
        return Arrays.stream(values()).filter(c -> c.header.toLowerCase(Locale.ROOT).equals(normalised)).findFirst();
    }

    /** Whether the column holds a decimal amount (written as a number cell in the workbook). */
    public boolean isAmount() {
        return this == DAILY_BUDGET || this == BID || this == AD_GROUP_DEFAULT_BID;
    }
}
