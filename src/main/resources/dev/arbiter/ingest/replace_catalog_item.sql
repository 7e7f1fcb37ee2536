-- A newer catalog file replaces the older row of the same SKU.
DELETE FROM catalog_item t
USING ingest_stage_catalog_item s
WHERE t.sku = s.sku
