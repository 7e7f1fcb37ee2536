-- A newer reading replaces the older one of the same day, SKU and marketplace.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM sku_rating_daily t
USING (SELECT * FROM sku_rating_daily WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.day = s.day
  AND t.sku = s.sku
  AND coalesce(t.marketplace, '') = coalesce(s.marketplace, '')
