-- A newer Business Report replaces the older rows of the same day and child ASIN/SKU.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM sales_traffic_daily t
USING (SELECT * FROM sales_traffic_daily WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.day = s.day
  AND t.child_asin = s.child_asin
  AND t.sku IS NOT DISTINCT FROM s.sku
