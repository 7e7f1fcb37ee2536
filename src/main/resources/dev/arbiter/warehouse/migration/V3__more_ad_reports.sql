-- The other Sponsored Products console reports, daily layout (formats doc A1.2, A1.4, A1.5, A1.6). Every row keeps
-- the file it came from; money is DECIMAL(18,6) with its currency beside it.

-- Targeting report: one row per day, campaign, ad group, target and match type (zero-impression rows included).
CREATE TABLE ad_targeting_daily (
    day                  DATE NOT NULL,
    portfolio_name       VARCHAR,
    currency             VARCHAR NOT NULL,
    campaign_name        VARCHAR NOT NULL,
    ad_group_name        VARCHAR NOT NULL,
    targeting            VARCHAR NOT NULL,
    match_type           VARCHAR NOT NULL,
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

-- Purchased product report: what shoppers bought other than the advertised product (the halo), per target.
CREATE TABLE ad_purchased_product_daily (
    day              DATE NOT NULL,
    portfolio_name   VARCHAR,
    currency         VARCHAR NOT NULL,
    campaign_name    VARCHAR NOT NULL,
    ad_group_name    VARCHAR NOT NULL,
    sku              VARCHAR,
    asin             VARCHAR NOT NULL,
    targeting        VARCHAR NOT NULL,
    match_type       VARCHAR NOT NULL,
    purchased_asin   VARCHAR NOT NULL,
    units            BIGINT NOT NULL,
    orders           BIGINT NOT NULL,
    sales            DECIMAL(18, 6) NOT NULL,
    attribution_days INTEGER NOT NULL,
    file_id          BIGINT NOT NULL
);

-- Campaign report (CSV): one row per day and campaign, with the campaign's own start and end days and its budget.
CREATE TABLE ad_campaign_daily (
    day                DATE NOT NULL,
    campaign_start_day DATE,
    campaign_end_day   DATE,
    portfolio_name     VARCHAR,
    campaign_type      VARCHAR NOT NULL,
    campaign_name      VARCHAR NOT NULL,
    status             VARCHAR,
    currency           VARCHAR NOT NULL,
    budget             DECIMAL(18, 6),
    targeting_type     VARCHAR,
    bidding_strategy   VARCHAR,
    impressions        BIGINT NOT NULL,
    clicks             BIGINT NOT NULL,
    spend              DECIMAL(18, 6) NOT NULL,
    sales              DECIMAL(18, 6) NOT NULL,
    orders             BIGINT NOT NULL,
    attribution_days   INTEGER NOT NULL,
    file_id            BIGINT NOT NULL
);

-- Placement report: one row per day, campaign and placement.
CREATE TABLE ad_placement_daily (
    day              DATE NOT NULL,
    portfolio_name   VARCHAR,
    currency         VARCHAR NOT NULL,
    campaign_name    VARCHAR NOT NULL,
    bidding_strategy VARCHAR,
    placement        VARCHAR NOT NULL,
    impressions      BIGINT NOT NULL,
    clicks           BIGINT NOT NULL,
    spend            DECIMAL(18, 6) NOT NULL,
    sales            DECIMAL(18, 6) NOT NULL,
    orders           BIGINT NOT NULL,
    units            BIGINT NOT NULL,
    attribution_days INTEGER NOT NULL,
    file_id          BIGINT NOT NULL
);
