-- The warehouse: one table per Amazon report kind, every row tagged with the file it came from.
-- Money is DECIMAL(18,6) with its currency beside it; ratios are DOUBLE fractions (0.12 = 12 %).

CREATE SEQUENCE source_file_id START 1;

-- Lineage: every file ever loaded, by content hash, so loading the same file twice changes nothing.
CREATE TABLE source_file (
    file_id          BIGINT PRIMARY KEY,
    file_name        VARCHAR NOT NULL,
    sha256           VARCHAR NOT NULL UNIQUE,
    kind             VARCHAR NOT NULL,
    marketplace      VARCHAR NOT NULL,
    currency         VARCHAR,
    first_day        DATE,
    last_day         DATE,
    rows_loaded      BIGINT NOT NULL,
    rows_replaced    BIGINT NOT NULL,
    rows_quarantined BIGINT NOT NULL,
    loaded_at        TIMESTAMP NOT NULL
);

-- Rows that were bad on their own; the rest of their file loaded.
CREATE TABLE quarantine (
    file_id     BIGINT NOT NULL,
    file_name   VARCHAR NOT NULL,
    line        BIGINT NOT NULL,
    column_name VARCHAR NOT NULL,
    value       VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL
);

-- Our catalog/cost file (README): what Amazon does not know about a SKU.
CREATE TABLE catalog_item (
    sku            VARCHAR NOT NULL,
    asin           VARCHAR,
    title          VARCHAR,
    category       VARCHAR NOT NULL,
    unit_cost      DECIMAL(18, 6) NOT NULL,
    currency       VARCHAR NOT NULL,
    lead_time_days INTEGER NOT NULL,
    supplier       VARCHAR NOT NULL,
    objective      VARCHAR NOT NULL,
    file_id        BIGINT NOT NULL
);

-- Business Report, Detail Page Sales and Traffic By Child Item, one row per child ASIN/SKU and day
-- (formats doc C3; the day comes from the file name because the report has no date column).
CREATE TABLE sales_traffic_daily (
    day                   DATE NOT NULL,
    parent_asin           VARCHAR,
    child_asin            VARCHAR NOT NULL,
    title                 VARCHAR,
    sku                   VARCHAR,
    sessions              BIGINT NOT NULL,
    page_views            BIGINT NOT NULL,
    buy_box_pct           DOUBLE,
    units_ordered         BIGINT NOT NULL,
    unit_session_pct      DOUBLE,
    ordered_product_sales DECIMAL(18, 6) NOT NULL,
    total_order_items     BIGINT NOT NULL,
    currency              VARCHAR NOT NULL,
    file_id               BIGINT NOT NULL
);

-- Sponsored Products search term report (formats doc A1.1), daily layout.
CREATE TABLE ad_search_term_daily (
    day                  DATE NOT NULL,
    portfolio_name       VARCHAR,
    currency             VARCHAR NOT NULL,
    campaign_name        VARCHAR NOT NULL,
    ad_group_name        VARCHAR NOT NULL,
    targeting            VARCHAR NOT NULL,
    match_type           VARCHAR NOT NULL,
    search_term          VARCHAR NOT NULL,
    impressions          BIGINT NOT NULL,
    clicks               BIGINT NOT NULL,
    spend                DECIMAL(18, 6) NOT NULL,
    sales                DECIMAL(18, 6) NOT NULL,
    orders               BIGINT NOT NULL,
    units                BIGINT NOT NULL,
    advertised_sku_units BIGINT,
    other_sku_units      BIGINT,
    advertised_sku_sales DECIMAL(18, 6),
    other_sku_sales      DECIMAL(18, 6),
    attribution_days     INTEGER NOT NULL,
    file_id              BIGINT NOT NULL
);

-- Sponsored Products advertised product report (formats doc A1.3): joins ad spend to SKUs.
CREATE TABLE ad_advertised_product_daily (
    day                  DATE NOT NULL,
    portfolio_name       VARCHAR,
    currency             VARCHAR NOT NULL,
    campaign_name        VARCHAR NOT NULL,
    ad_group_name        VARCHAR NOT NULL,
    sku                  VARCHAR,
    asin                 VARCHAR,
    impressions          BIGINT NOT NULL,
    clicks               BIGINT NOT NULL,
    spend                DECIMAL(18, 6) NOT NULL,
    sales                DECIMAL(18, 6) NOT NULL,
    orders               BIGINT NOT NULL,
    units                BIGINT NOT NULL,
    advertised_sku_units BIGINT,
    other_sku_units      BIGINT,
    advertised_sku_sales DECIMAL(18, 6),
    other_sku_sales      DECIMAL(18, 6),
    attribution_days     INTEGER NOT NULL,
    file_id              BIGINT NOT NULL
);

-- The account's structure from a bulksheet download, "Sponsored Products Campaigns" tab (formats doc B2):
-- one row per entity, with the ids an update needs and the current bids, budgets and states.
CREATE TABLE ad_entity (
    snapshot_day                 DATE NOT NULL,
    entity                       VARCHAR NOT NULL,
    campaign_id                  VARCHAR,
    ad_group_id                  VARCHAR,
    portfolio_id                 VARCHAR,
    ad_id                        VARCHAR,
    keyword_id                   VARCHAR,
    product_targeting_id         VARCHAR,
    campaign_name                VARCHAR,
    ad_group_name                VARCHAR,
    portfolio_name               VARCHAR,
    start_date                   DATE,
    end_date                     DATE,
    targeting_type               VARCHAR,
    state                        VARCHAR,
    daily_budget                 DECIMAL(18, 6),
    sku                          VARCHAR,
    asin                         VARCHAR,
    ad_group_default_bid         DECIMAL(18, 6),
    bid                          DECIMAL(18, 6),
    keyword_text                 VARCHAR,
    match_type                   VARCHAR,
    bidding_strategy             VARCHAR,
    placement                    VARCHAR,
    percentage                   INTEGER,
    product_targeting_expression VARCHAR,
    currency                     VARCHAR NOT NULL,
    file_id                      BIGINT NOT NULL
);

-- Bulksheet "Portfolios" tab (formats doc B6).
CREATE TABLE ad_portfolio (
    snapshot_day    DATE NOT NULL,
    portfolio_id    VARCHAR NOT NULL,
    portfolio_name  VARCHAR NOT NULL,
    budget_amount   DECIMAL(18, 6),
    budget_currency VARCHAR,
    budget_policy   VARCHAR,
    budget_start    DATE,
    budget_end      DATE,
    file_id         BIGINT NOT NULL
);

-- FBA inventory snapshots (formats doc C5 FBA Inventory planning, or C4 Manage Inventory), one per SKU and day.
CREATE TABLE fba_inventory_daily (
    snapshot_day      DATE NOT NULL,
    sku               VARCHAR NOT NULL,
    fnsku             VARCHAR,
    asin              VARCHAR,
    product_name      VARCHAR,
    available         BIGINT NOT NULL,
    inbound_quantity  BIGINT NOT NULL,
    reserved_quantity BIGINT,
    unfulfillable     BIGINT,
    your_price        DECIMAL(18, 6),
    currency          VARCHAR,
    units_shipped_t30 BIGINT,
    storage_cost_next_month DECIMAL(18, 6),
    file_id           BIGINT NOT NULL
);

-- FBA fee preview (formats doc C10): the per-unit fees at the listed price.
CREATE TABLE fba_fee_estimate (
    sku                      VARCHAR NOT NULL,
    asin                     VARCHAR,
    your_price               DECIMAL(18, 6),
    currency                 VARCHAR NOT NULL,
    estimated_fee_total      DECIMAL(18, 6),
    referral_fee_per_unit    DECIMAL(18, 6),
    fulfillment_fee_per_unit DECIMAL(18, 6),
    product_size_tier        VARCHAR,
    file_id                  BIGINT NOT NULL
);
