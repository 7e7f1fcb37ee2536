-- The days the Business Reports cover: the span every SKU economics window is cut from.
SELECT min(day) AS first_day, max(day) AS last_day
FROM sales_traffic_daily
