-- Spark SQL of the core's contribution_by_sku_day.sql (economics/jdbc): one row per catalog SKU and day the
-- Business Reports cover inside the window (:first_day to :last_day), with the COGS and fees that the core computes
-- in Java (SkuDayRow) computed here in DECIMAL arithmetic, by the definitions of DESIGN.md: COGS = units × unit
-- cost; fees = referral (revenue × referral fee per unit / your price of the latest fee preview) + FBA fulfilment
-- (units × fee per unit) + storage (next month's estimate / 30 on days with an inventory snapshot). CM1 and CM2
-- follow from these in the one place both engines share (economics.Contribution). Fees keep 11 decimals (Spark
-- would otherwise cut a decimal product back to 6 places, rounding half up) so that the one rounding to Money's
-- 6 places, half even, happens in Java as it does for DuckDB's rows.
-- Dialect: Spark has no QUALIFY (the latest row per key is a row_number() subquery) and binds named parameters
-- (:first_day) where DuckDB binds positional ones (?). Spark's `/` on BIGINTs gives a DOUBLE, as DuckDB's does.
WITH catalog AS (
    SELECT sku, category, unit_cost, currency
    FROM (SELECT sku, category, unit_cost, currency,
                 row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) AS recency
          FROM catalog_item)
    WHERE recency = 1
),
covered_days AS (
    SELECT DISTINCT day
    FROM sales_traffic_daily
    WHERE day BETWEEN :first_day AND :last_day
),
sales AS (
    SELECT day, sku,
           sum(sessions) AS sessions,
           sum(units_ordered) AS units,
           sum(ordered_product_sales) AS revenue,
           sum(buy_box_pct * sessions) FILTER (WHERE buy_box_pct IS NOT NULL) AS buy_box_sessions,
           sum(sessions) FILTER (WHERE buy_box_pct IS NOT NULL) AS buy_box_known_sessions,
           max(buy_box_pct) AS buy_box_pct_any,
           min(currency) AS currency
    FROM sales_traffic_daily
    WHERE day BETWEEN :first_day AND :last_day AND sku IS NOT NULL
    GROUP BY day, sku
),
ads AS (
    SELECT day, sku, sum(spend) AS spend, sum(sales) AS sales, min(currency) AS currency
    FROM ad_advertised_product_daily
    WHERE day BETWEEN :first_day AND :last_day AND sku IS NOT NULL
    GROUP BY day, sku
),
stock AS (
    SELECT snapshot_day, sku, available, storage_cost_next_month, currency
    FROM (SELECT snapshot_day, sku, available, storage_cost_next_month, currency,
                 row_number() OVER (PARTITION BY snapshot_day, sku ORDER BY file_id DESC) AS recency
          FROM fba_inventory_daily
          WHERE snapshot_day BETWEEN :first_day AND :last_day)
    WHERE recency = 1
),
fee_preview AS (
    SELECT sku, your_price, referral_fee_per_unit, fulfillment_fee_per_unit, currency
    FROM (SELECT sku, your_price, referral_fee_per_unit, fulfillment_fee_per_unit, currency,
                 row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) AS recency
          FROM fba_fee_estimate)
    WHERE recency = 1
),
grain AS (
    SELECT d.day,
           c.sku,
           c.category,
           c.unit_cost,
           c.currency AS catalog_currency,
           coalesce(s.units, 0) AS units,
           coalesce(s.sessions, 0) AS sessions,
           CASE WHEN s.buy_box_known_sessions > 0 THEN s.buy_box_sessions / s.buy_box_known_sessions
                ELSE s.buy_box_pct_any END AS buy_box_pct,
           coalesce(s.revenue, CAST(0 AS DECIMAL(28, 6))) AS revenue,
           s.currency AS sales_currency,
           coalesce(a.spend, CAST(0 AS DECIMAL(28, 6))) AS ad_spend,
           coalesce(a.sales, CAST(0 AS DECIMAL(28, 6))) AS ad_sales,
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
)
SELECT day, sku, category, catalog_currency, sales_currency, ad_currency, stock_currency, fee_currency,
       units, sessions, buy_box_pct, revenue,
       unit_cost * units AS cogs,
       CASE WHEN your_price > 0 AND referral_fee_per_unit IS NOT NULL
            THEN CAST(CAST(revenue AS DECIMAL(20, 6)) * CAST(referral_fee_per_unit AS DECIMAL(12, 6))
                      / CAST(your_price AS DECIMAL(12, 6)) AS DECIMAL(28, 11))
            ELSE CAST(0 AS DECIMAL(28, 11)) END
         + coalesce(CAST(fulfillment_fee_per_unit * units AS DECIMAL(28, 11)), 0)
         + CASE WHEN available IS NOT NULL AND storage_cost_next_month IS NOT NULL
                THEN CAST(CAST(storage_cost_next_month AS DECIMAL(24, 14)) / 30 AS DECIMAL(28, 11))
                ELSE CAST(0 AS DECIMAL(28, 11)) END AS fees,
       ad_spend, ad_sales, available
FROM grain
ORDER BY sku, day
