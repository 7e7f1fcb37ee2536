-- A bulksheet is a snapshot of the whole account: a newer one of the same day replaces that day's portfolios.
DELETE FROM ad_portfolio t
WHERE t.snapshot_day IN (SELECT DISTINCT snapshot_day FROM ingest_stage_ad_portfolio)
