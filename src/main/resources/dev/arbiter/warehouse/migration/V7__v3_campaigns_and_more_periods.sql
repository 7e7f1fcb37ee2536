-- The Ads API v3 campaign report (formats doc A2, spCampaigns) has no campaign type column: every row of it is a
-- Sponsored Products campaign, and the console's `Campaign Type` becomes optional.
ALTER TABLE ad_campaign_daily ALTER COLUMN campaign_type DROP NOT NULL;

-- Targeting and purchased product reports downloaded in the summary layout (formats doc A1: `Start Date`,
-- `End Date` instead of `Date`), kept apart from the daily tables so no daily sum ever counts a period.
CREATE TABLE ad_targeting_period (
    first_day            DATE NOT NULL,
    last_day             DATE NOT NULL,
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

CREATE TABLE ad_purchased_product_period (
    first_day        DATE NOT NULL,
    last_day         DATE NOT NULL,
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
