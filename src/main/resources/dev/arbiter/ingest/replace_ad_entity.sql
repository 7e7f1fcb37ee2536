-- A bulksheet is a snapshot of the whole account: a newer one of the same day replaces that day's entities.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM ad_entity t
WHERE t.file_id <> ${file_id}
  AND t.snapshot_day IN (SELECT DISTINCT snapshot_day FROM ad_entity WHERE file_id = ${file_id})
