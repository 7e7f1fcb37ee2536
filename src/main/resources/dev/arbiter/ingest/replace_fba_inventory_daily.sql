-- A newer inventory snapshot replaces the older one of the same day and SKU.
DELETE FROM fba_inventory_daily t
USING ingest_stage_fba_inventory_daily s
WHERE t.snapshot_day = s.snapshot_day
  AND t.sku = s.sku
