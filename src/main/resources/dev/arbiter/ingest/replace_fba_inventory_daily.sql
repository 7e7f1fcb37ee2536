-- A newer inventory snapshot replaces the older one of the same day and SKU.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM fba_inventory_daily t
USING (SELECT * FROM fba_inventory_daily WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.snapshot_day = s.snapshot_day
  AND t.sku = s.sku
