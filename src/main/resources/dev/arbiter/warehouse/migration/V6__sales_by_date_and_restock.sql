-- Business Report, Sales and Traffic by Date (formats doc C3): account-level, one row per day (or the first day of a
-- week or month); the columns are chosen by the user, so all but the sales ones may be null.
CREATE TABLE sales_traffic_by_date (
    day                   DATE NOT NULL,
    ordered_product_sales DECIMAL(18, 6) NOT NULL,
    units_ordered         BIGINT NOT NULL,
    total_order_items     BIGINT,
    sessions              BIGINT,
    page_views            BIGINT,
    buy_box_pct           DOUBLE,
    unit_session_pct      DOUBLE,
    shipped_product_sales DECIMAL(18, 6),
    units_shipped         BIGINT,
    orders_shipped        BIGINT,
    currency              VARCHAR NOT NULL,
    file_id               BIGINT NOT NULL
);

-- FBA Restock Inventory (formats doc C6): Amazon's replenishment advice per SKU on the day of the download. Days of
-- supply are text because Amazon writes '365+'; a null recommended quantity means Amazon gave no advice.
CREATE TABLE fba_restock_recommendation (
    snapshot_day            DATE NOT NULL,
    country                 VARCHAR,
    product_name            VARCHAR,
    fnsku                   VARCHAR,
    sku                     VARCHAR NOT NULL,
    asin                    VARCHAR,
    currency                VARCHAR NOT NULL,
    price                   DECIMAL(18, 6),
    sales_last_30_days      DECIMAL(18, 6),
    units_sold_last_30_days BIGINT,
    total_units             BIGINT,
    inbound                 BIGINT,
    available               BIGINT NOT NULL,
    unfulfillable           BIGINT,
    days_of_supply          VARCHAR,
    alert                   VARCHAR,
    recommended_quantity    BIGINT,
    recommended_ship_day    DATE,
    recommended_action      VARCHAR,
    file_id                 BIGINT NOT NULL
);
