-- One SKU's readings of the ratings file between two days (parameters: SKU, first day, last day), one per day (the
-- average when several marketplaces were read), oldest first.
SELECT r.day, avg(r.rating) AS rating, max(r.ratings_count) AS ratings_count
FROM sku_rating_daily r
WHERE r.sku = ? AND r.day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
GROUP BY r.day
ORDER BY r.day
