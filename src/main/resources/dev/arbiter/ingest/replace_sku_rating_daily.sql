-- A newer reading replaces the older one of the same day, SKU and marketplace.
DELETE FROM sku_rating_daily t
USING ingest_stage_sku_rating_daily s
WHERE t.day = s.day
  AND t.sku = s.sku
  AND coalesce(t.marketplace, '') = coalesce(s.marketplace, '')
