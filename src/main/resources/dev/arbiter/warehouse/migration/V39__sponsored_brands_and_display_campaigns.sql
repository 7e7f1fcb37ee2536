-- Sponsored Brands and Sponsored Display campaign reports of the Ads API v3 (`sbCampaigns`, `sdCampaigns` grouped by
-- campaign; columns per the v3 reporting guide's campaign report page, 14-day unsuffixed sales, purchases, units).
-- One row per day (or summary period) and campaign. Their spend is the brand's ad spend but names no SKU, so it is
-- never allocated to a SKU's contribution; the report counts it in the brand's total ad spend and TACoS.

CREATE TABLE ad_sb_campaign_daily (
    day                 DATE NOT NULL,
    currency            VARCHAR NOT NULL,
    campaign_id         VARCHAR,
    campaign_name       VARCHAR NOT NULL,
    status              VARCHAR,
    budget              DECIMAL(18, 6),
    budget_type         VARCHAR,
    cost_type           VARCHAR,
    impressions         BIGINT NOT NULL,
    clicks              BIGINT NOT NULL,
    spend               DECIMAL(18, 6) NOT NULL,
    sales               DECIMAL(18, 6) NOT NULL,
    orders              BIGINT NOT NULL,
    units               BIGINT,
    new_to_brand_sales  DECIMAL(18, 6),
    new_to_brand_orders BIGINT,
    new_to_brand_units  BIGINT,
    attribution_days    INTEGER NOT NULL,
    file_id             BIGINT NOT NULL
);

-- The summary layout (startDate, endDate), kept apart so no daily sum ever counts a period.
CREATE TABLE ad_sb_campaign_period (
    first_day           DATE NOT NULL,
    last_day            DATE NOT NULL,
    currency            VARCHAR NOT NULL,
    campaign_id         VARCHAR,
    campaign_name       VARCHAR NOT NULL,
    status              VARCHAR,
    budget              DECIMAL(18, 6),
    budget_type         VARCHAR,
    cost_type           VARCHAR,
    impressions         BIGINT NOT NULL,
    clicks              BIGINT NOT NULL,
    spend               DECIMAL(18, 6) NOT NULL,
    sales               DECIMAL(18, 6) NOT NULL,
    orders              BIGINT NOT NULL,
    units               BIGINT,
    new_to_brand_sales  DECIMAL(18, 6),
    new_to_brand_orders BIGINT,
    new_to_brand_units  BIGINT,
    attribution_days    INTEGER NOT NULL,
    file_id             BIGINT NOT NULL
);

CREATE TABLE ad_sd_campaign_daily (
    day                 DATE NOT NULL,
    currency            VARCHAR NOT NULL,
    campaign_id         VARCHAR,
    campaign_name       VARCHAR NOT NULL,
    status              VARCHAR,
    budget              DECIMAL(18, 6),
    budget_type         VARCHAR,
    cost_type           VARCHAR,
    impressions         BIGINT NOT NULL,
    clicks              BIGINT NOT NULL,
    spend               DECIMAL(18, 6) NOT NULL,
    sales               DECIMAL(18, 6) NOT NULL,
    orders              BIGINT NOT NULL,
    units               BIGINT,
    new_to_brand_sales  DECIMAL(18, 6),
    new_to_brand_orders BIGINT,
    new_to_brand_units  BIGINT,
    attribution_days    INTEGER NOT NULL,
    file_id             BIGINT NOT NULL
);

-- The summary layout (startDate, endDate), kept apart so no daily sum ever counts a period.
CREATE TABLE ad_sd_campaign_period (
    first_day           DATE NOT NULL,
    last_day            DATE NOT NULL,
    currency            VARCHAR NOT NULL,
    campaign_id         VARCHAR,
    campaign_name       VARCHAR NOT NULL,
    status              VARCHAR,
    budget              DECIMAL(18, 6),
    budget_type         VARCHAR,
    cost_type           VARCHAR,
    impressions         BIGINT NOT NULL,
    clicks              BIGINT NOT NULL,
    spend               DECIMAL(18, 6) NOT NULL,
    sales               DECIMAL(18, 6) NOT NULL,
    orders              BIGINT NOT NULL,
    units               BIGINT,
    new_to_brand_sales  DECIMAL(18, 6),
    new_to_brand_orders BIGINT,
    new_to_brand_units  BIGINT,
    attribution_days    INTEGER NOT NULL,
    file_id             BIGINT NOT NULL
);
