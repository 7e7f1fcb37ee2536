-- One row per catalog SKU and day the Business Reports cover inside the window (parameters: first day, last day),
-- with the raw amounts contribution is computed from. Fees are computed by the caller from the fee preview
-- columns, so money stays exact: referral = revenue × referral fee per unit / your price; fulfilment = units ×
-- fee per unit; storage = next month's estimated storage cost / 30 on days with an inventory snapshot.
WITH params AS (
    SELECT CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day
),
catalog AS (
    SELECT sku, category, unit_cost, currency
    FROM catalog_item
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) = 1
),
covered_days AS (
    SELECT DISTINCT s.day
    FROM sales_traffic_daily s, params p
    WHERE s.day BETWEEN p.first_day AND p.last_day
),
sales AS (
    SELECT s.day, s.sku,
           sum(s.sessions) AS sessions,
           sum(s.units_ordered) AS units,
           sum(s.ordered_product_sales) AS revenue,
           sum(s.buy_box_pct * s.sessions) FILTER (WHERE s.buy_box_pct IS NOT NULL) AS buy_box_sessions,
           sum(s.sessions) FILTER (WHERE s.buy_box_pct IS NOT NULL) AS buy_box_known_sessions,
           max(s.buy_box_pct) AS buy_box_pct_any,
           min(s.currency) AS currency
    FROM sales_traffic_daily s, params p
    WHERE s.day BETWEEN p.first_day AND p.last_day AND s.sku IS NOT NULL
    GROUP BY s.day, s.sku
),
ads AS (
    SELECT a.day, a.sku, sum(a.spend) AS spend, sum(a.sales) AS sales, min(a.currency) AS currency
    FROM ad_advertised_product_daily a, params p
    WHERE a.day BETWEEN p.first_day AND p.last_day AND a.sku IS NOT NULL
    GROUP BY a.day, a.sku
),
stock AS (
    SELECT i.snapshot_day, i.sku, i.available, i.storage_cost_next_month, i.currency
    FROM fba_inventory_daily i, params p
    WHERE i.snapshot_day BETWEEN p.first_day AND p.last_day
    QUALIFY row_number() OVER (PARTITION BY i.snapshot_day, i.sku ORDER BY i.file_id DESC) = 1
),
fee_preview AS (
    SELECT sku, your_price, referral_fee_per_unit, fulfillment_fee_per_unit, currency
    FROM fba_fee_estimate
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) = 1
)
SELECT d.day,
       c.sku,
       c.category,
       c.unit_cost,
       c.currency AS catalog_currency,
       coalesce(s.units, 0) AS units,
       coalesce(s.sessions, 0) AS sessions,
       CASE WHEN s.buy_box_known_sessions > 0 THEN s.buy_box_sessions / s.buy_box_known_sessions
            ELSE s.buy_box_pct_any END AS buy_box_pct,
       coalesce(s.revenue, 0) AS revenue,
       s.currency AS sales_currency,
       coalesce(a.spend, 0) AS ad_spend,
       coalesce(a.sales, 0) AS ad_sales,
       a.currency AS ad_currency,
       st.available,
       st.storage_cost_next_month,
       st.currency AS stock_currency,
       f.your_price,
       f.referral_fee_per_unit,
       f.fulfillment_fee_per_unit,
       f.currency AS fee_currency
FROM catalog c
CROSS JOIN covered_days d
LEFT JOIN sales s ON s.sku = c.sku AND s.day = d.day
LEFT JOIN ads a ON a.sku = c.sku AND a.day = d.day
LEFT JOIN stock st ON st.sku = c.sku AND st.snapshot_day = d.day
LEFT JOIN fee_preview f ON f.sku = c.sku
ORDER BY c.sku, d.day
