-- A newer catalog file replaces the older row of the same SKU.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM catalog_item t
USING (SELECT * FROM catalog_item WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.sku = s.sku
