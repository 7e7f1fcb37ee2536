-- Sponsored Display advertised product report from the Ads API v3 (`sdAdvertisedProduct`, formats doc A2 "other ad
-- products"; columns per Amazon's v3 advertised product report page): one row per day, campaign, ad group and
-- promoted SKU, so its spend is attributable to the SKU it promoted.
CREATE TABLE ad_sd_advertised_product_daily (
    day              DATE NOT NULL,
    currency         VARCHAR NOT NULL,
    campaign_name    VARCHAR NOT NULL,
    ad_group_name    VARCHAR NOT NULL,
    sku              VARCHAR,
    asin             VARCHAR NOT NULL,
    impressions      BIGINT NOT NULL,
    clicks           BIGINT NOT NULL,
    spend            DECIMAL(18, 6) NOT NULL,
    sales            DECIMAL(18, 6) NOT NULL,
    orders           BIGINT NOT NULL,
    units            BIGINT,
    attribution_days INTEGER NOT NULL,
    file_id          BIGINT NOT NULL
);
