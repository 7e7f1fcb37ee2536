-- Units ordered per catalog SKU and calendar day from the first to the last day the Business Reports cover inside
-- the window (parameters: first day, last day), with whether that day tells of demand: covered is FALSE on a day no
-- Business Report covers; in_stock is FALSE when that day's inventory snapshot shows no fulfillable units, NULL
-- without a snapshot (nothing is known against demand having been seen).
WITH params AS (
    SELECT CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day
),
catalog AS (
    SELECT sku
    FROM catalog_item
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) = 1
),
covered_days AS (
    SELECT DISTINCT s.day
    FROM sales_traffic_daily s, params p
    WHERE s.day BETWEEN p.first_day AND p.last_day
),
calendar AS (
    SELECT CAST(g.day AS DATE) AS day
    FROM (SELECT min(day) AS first_day, max(day) AS last_day FROM covered_days) r,
         generate_series(r.first_day, r.last_day, INTERVAL 1 DAY) AS g(day)
    WHERE r.first_day IS NOT NULL
),
sales AS (
    SELECT s.day, s.sku, sum(s.units_ordered) AS units
    FROM sales_traffic_daily s, params p
    WHERE s.day BETWEEN p.first_day AND p.last_day AND s.sku IS NOT NULL
    GROUP BY s.day, s.sku
),
stock AS (
    SELECT i.snapshot_day, i.sku, i.available
    FROM fba_inventory_daily i, params p
    WHERE i.snapshot_day BETWEEN p.first_day AND p.last_day
    QUALIFY row_number() OVER (PARTITION BY i.snapshot_day, i.sku ORDER BY i.file_id DESC) = 1
)
SELECT c.sku, d.day, coalesce(s.units, 0) AS units, cd.day IS NOT NULL AS covered, st.available > 0 AS in_stock
FROM catalog c
CROSS JOIN calendar d
LEFT JOIN covered_days cd ON cd.day = d.day
LEFT JOIN sales s ON s.sku = c.sku AND s.day = d.day
LEFT JOIN stock st ON st.sku = c.sku AND st.snapshot_day = d.day
ORDER BY c.sku, d.day
