-- A newer restock report of the same day replaces that day's advice for the same SKU.
DELETE FROM fba_restock_recommendation t
USING ingest_stage_fba_restock_recommendation s
WHERE t.snapshot_day = s.snapshot_day
  AND t.sku = s.sku
