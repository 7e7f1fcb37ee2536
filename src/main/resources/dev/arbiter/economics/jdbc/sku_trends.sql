-- Per catalog SKU, on the 56 days ending with the given last day: ordered product sales over the last 14 and 28 days
-- and over the 14 and 28 before them, and the average star rating of the ratings file's readings over the same spans
-- with the latest reading and its count of ratings (parameter: last day).
WITH params AS (
    SELECT CAST(? AS DATE) AS last_day
),
spans AS (
    SELECT last_day,
           CAST(last_day - INTERVAL 14 DAY AS DATE) AS cut_14,
           CAST(last_day - INTERVAL 28 DAY AS DATE) AS cut_28,
           CAST(last_day - INTERVAL 56 DAY AS DATE) AS cut_56
    FROM params
),
catalog AS (
    SELECT sku, asin
    FROM catalog_item
    QUALIFY row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) = 1
),
sales AS (
    SELECT c.sku, s.day, s.ordered_product_sales AS sales
    FROM sales_traffic_daily s
    JOIN catalog c ON c.sku = s.sku OR (s.sku IS NULL AND c.asin = s.child_asin), spans p
    WHERE s.day > p.cut_56 AND s.day <= p.last_day
),
sales_spans AS (
    SELECT s.sku,
           sum(s.sales) FILTER (WHERE s.day > p.cut_14) AS sales_last_14,
           sum(s.sales) FILTER (WHERE s.day > p.cut_28 AND s.day <= p.cut_14) AS sales_previous_14,
           sum(s.sales) FILTER (WHERE s.day > p.cut_28) AS sales_last_28,
           sum(s.sales) FILTER (WHERE s.day <= p.cut_28) AS sales_previous_28
    FROM sales s, spans p
    GROUP BY s.sku
),
ratings AS (
    SELECT r.sku, r.day, avg(r.rating) AS rating, max(r.ratings_count) AS ratings_count
    FROM sku_rating_daily r, spans p
    WHERE r.day > p.cut_56 AND r.day <= p.last_day
    GROUP BY r.sku, r.day
),
rating_spans AS (
    SELECT r.sku,
           avg(r.rating) FILTER (WHERE r.day > p.cut_14) AS rating_last_14,
           avg(r.rating) FILTER (WHERE r.day > p.cut_28 AND r.day <= p.cut_14) AS rating_previous_14,
           avg(r.rating) FILTER (WHERE r.day > p.cut_28) AS rating_last_28,
           avg(r.rating) FILTER (WHERE r.day <= p.cut_28) AS rating_previous_28,
           arg_max(r.rating, r.day) AS rating_latest,
           arg_max(r.ratings_count, r.day) AS ratings_count_latest
    FROM ratings r, spans p
    GROUP BY r.sku
)
SELECT c.sku,
       s.sales_last_14, s.sales_previous_14, s.sales_last_28, s.sales_previous_28,
       r.rating_last_14, r.rating_previous_14, r.rating_last_28, r.rating_previous_28,
       r.rating_latest, r.ratings_count_latest
FROM catalog c
LEFT JOIN sales_spans s ON s.sku = c.sku
LEFT JOIN rating_spans r ON r.sku = c.sku
ORDER BY c.sku
