-- Sponsored Products console reports downloaded in the summary layout (formats doc A1: `Start Date`, `End Date`
-- instead of `Date`): one row per period, kept apart from the daily tables so no daily sum ever counts a period.

CREATE TABLE ad_search_term_period (
    first_day            DATE NOT NULL,
    last_day             DATE NOT NULL,
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

CREATE TABLE ad_advertised_product_period (
    first_day            DATE NOT NULL,
    last_day             DATE NOT NULL,
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
