-- A newer restock report of the same day replaces that day's advice for the same SKU.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM fba_restock_recommendation t
USING (SELECT * FROM fba_restock_recommendation WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.snapshot_day = s.snapshot_day
  AND t.sku = s.sku
