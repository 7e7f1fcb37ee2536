-- A newer Business Report replaces the older rows of the same day and child ASIN/SKU.
DELETE FROM sales_traffic_daily t
USING ingest_stage_sales_traffic_daily s
WHERE t.day = s.day
  AND t.child_asin = s.child_asin
  AND t.sku IS NOT DISTINCT FROM s.sku
