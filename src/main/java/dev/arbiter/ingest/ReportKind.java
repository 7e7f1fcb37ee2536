package dev.arbiter.ingest;

/**
 * The kinds of file Arbiter can load, each known by its header (formats doc A1.1–A1.6, B, C3–C7, C8, C10, C11, and our
 * own catalog and ratings files).
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
    RATINGS("reviews and ratings file");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    /** The name a seller would recognise, for messages and summaries. */
    public String label() {
        return label;
    }
}
