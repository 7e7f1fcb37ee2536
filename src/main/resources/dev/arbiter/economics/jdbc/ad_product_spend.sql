-- Ad spend and attributed sales per ad product and source report over the window (parameters: first day, last
-- day), with the days each source has rows for. Sponsored Products and Sponsored Display advertised product reports
-- name a SKU per row (their spend is in the SKUs' contribution); the Sponsored Brands and Sponsored Display campaign
-- reports name none. A day the Sponsored Display advertised product report covers takes its Display spend from it
-- alone, so the campaign report's spend of that day is not counted again. Summary-layout (period) tables are left
-- out: a period cannot be split into the window's days.
WITH params AS (
    SELECT CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day
),
display_product_days AS (
    SELECT DISTINCT a.day
    FROM ad_sd_advertised_product_daily a, params p
    WHERE a.day BETWEEN p.first_day AND p.last_day
),
spend AS (
    SELECT 'SPONSORED_PRODUCTS' AS product, 'ADVERTISED_PRODUCT' AS source, day, spend, sales, currency
    FROM ad_advertised_product_daily
    UNION ALL
    SELECT 'SPONSORED_DISPLAY', 'ADVERTISED_PRODUCT', day, spend, sales, currency
    FROM ad_sd_advertised_product_daily
    UNION ALL
    SELECT 'SPONSORED_DISPLAY', 'CAMPAIGN', day, spend, sales, currency
    FROM ad_sd_campaign_daily
    WHERE day NOT IN (SELECT day FROM display_product_days)
    UNION ALL
    SELECT 'SPONSORED_BRANDS', 'CAMPAIGN', day, spend, sales, currency
    FROM ad_sb_campaign_daily
)
SELECT s.product, s.source, s.currency,
       count(DISTINCT s.day) AS days,
       sum(s.spend) AS spend,
       sum(s.sales) AS sales
FROM spend s, params p
WHERE s.day BETWEEN p.first_day AND p.last_day
GROUP BY s.product, s.source, s.currency
ORDER BY s.product, s.source, s.currency
