-- Per catalog SKU: what the catalog says of it, its listed price, and its stock over the window
-- (parameters: first day, last day): snapshot days, days with fulfillable stock, and the last snapshot's units.
WITH params AS (
    SELECT CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day
),
catalog AS (
    SELECT i.sku, i.asin, i.title, i.category, i.unit_cost, i.currency, i.lead_time_days, i.supplier, i.objective,
           coalesce(f.file_name, 'the catalog') AS file_name
    FROM catalog_item i LEFT JOIN source_file f ON f.file_id = i.file_id
    QUALIFY row_number() OVER (PARTITION BY i.sku ORDER BY i.file_id DESC) = 1
),
stock AS (
    SELECT i.snapshot_day, i.sku, i.available, i.inbound_quantity, i.your_price, i.currency
    FROM fba_inventory_daily i, params p
    WHERE i.snapshot_day BETWEEN p.first_day AND p.last_day
    QUALIFY row_number() OVER (PARTITION BY i.snapshot_day, i.sku ORDER BY i.file_id DESC) = 1
),
stock_summary AS (
    SELECT sku,
           count(*) AS snapshot_days,
           count(*) FILTER (WHERE available > 0) AS in_stock_days,
           arg_max(available, snapshot_day) AS last_available,
           arg_max(inbound_quantity, snapshot_day) AS last_inbound,
           arg_max(your_price, snapshot_day) AS stock_price,
           arg_max(currency, snapshot_day) AS stock_currency
    FROM stock
    GROUP BY sku
),
fee_preview AS (
    SELECT sku, your_price, currency
    FROM fba_fee_estimate
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) = 1
)
SELECT c.sku, c.asin, c.title, c.category, c.unit_cost, c.currency, c.lead_time_days, c.supplier, c.objective, c.file_name,
       coalesce(ss.snapshot_days, 0) AS snapshot_days,
       coalesce(ss.in_stock_days, 0) AS in_stock_days,
       coalesce(ss.last_available, 0) AS last_available,
       coalesce(ss.last_inbound, 0) AS last_inbound,
       coalesce(f.your_price, ss.stock_price) AS listed_price,
       CASE WHEN f.your_price IS NOT NULL THEN f.currency ELSE ss.stock_currency END AS listed_price_currency
FROM catalog c
LEFT JOIN stock_summary ss ON ss.sku = c.sku
LEFT JOIN fee_preview f ON f.sku = c.sku
ORDER BY c.sku
