-- A newer Business Report by date replaces the older rows of the same day.
DELETE FROM sales_traffic_by_date t
USING ingest_stage_sales_traffic_by_date s
WHERE t.day = s.day
