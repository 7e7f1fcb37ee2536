-- A bulksheet is a snapshot of the whole account: a newer one of the same day replaces that day's portfolios.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM ad_portfolio t
WHERE t.file_id <> ${file_id}
  AND t.snapshot_day IN (SELECT DISTINCT snapshot_day FROM ad_portfolio WHERE file_id = ${file_id})
