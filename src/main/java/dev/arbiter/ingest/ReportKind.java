package dev.arbiter.ingest;

/**
 * The kinds of file Arbiter can load, each known by its header (formats doc A1.1–A1.6, A2, B, C3–C11, and our own
 * catalog and ratings files).
 */
public enum ReportKind {
    CATALOG("catalog file"),
    BUSINESS_REPORT_CHILD_ITEM("Business Report (Detail Page Sales and Traffic By Child Item)"),
    SP_SEARCH_TERM("Sponsored Products search term report"),
    SP_ADVERTISED_PRODUCT("Sponsored Products advertised product report"),
    SP_TARGETING("Sponsored Products targeting report"),
    SP_PURCHASED_PRODUCT("Sponsored Products purchased product report"),
    SP_CAMPAIGN("Sponsored Products campaign report"),
    SP_PLACEMENT("Sponsored Products placement report"),
    SP_BULKSHEET("Sponsored Products bulksheet"),
    BUSINESS_REPORT_BY_DATE("Business Report (Sales and Traffic by Date)"),
    FBA_RESTOCK("FBA Restock Inventory report"),
    FBA_INVENTORY_PLANNING("FBA Inventory (planning) report"),
    FBA_MANAGE_INVENTORY("FBA Manage Inventory report"),
    FBA_FEE_PREVIEW("FBA Fee Preview report"),
    ALL_ORDERS("All Orders report"),
    SETTLEMENT("V2 settlement report"),
    FBA_CUSTOMER_RETURNS("FBA customer returns report"),
    DATE_RANGE_TRANSACTIONS("Date Range transaction report (Custom Transaction)"),
    SD_ADVERTISED_PRODUCT("Sponsored Display advertised product report", 14),
    RATINGS("reviews and ratings file"),
    SB_CAMPAIGN("Sponsored Brands campaign report", 14),
    SD_CAMPAIGN("Sponsored Display campaign report", 14);

    private final String label;
    private final int attributionDays;

    ReportKind(String label) {
        this(label, 7);
    }

    ReportKind(String label, int attributionDays) {
        this.label = label;
        this.attributionDays = attributionDays;
    }

    /** The attribution window of its sales columns when no header states one. */
    int attributionDays() {
        return attributionDays;
    }

    /** The name a seller would recognise, for messages and summaries. */
    public String label() {
        return label;
    }
}
