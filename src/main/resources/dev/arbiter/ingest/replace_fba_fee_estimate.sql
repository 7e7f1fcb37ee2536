-- A newer fee preview replaces the older estimate of the same SKU.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM fba_fee_estimate t
USING (SELECT * FROM fba_fee_estimate WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.sku = s.sku
