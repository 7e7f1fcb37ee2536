-- A newer fee preview replaces the older estimate of the same SKU.
DELETE FROM fba_fee_estimate t
USING ingest_stage_fba_fee_estimate s
WHERE t.sku = s.sku
