-- A newer returns report replaces the older rows of the same return: day, order, SKU and license plate.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM fba_customer_return t
USING (SELECT * FROM fba_customer_return WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.return_day = s.return_day
  AND t.order_id = s.order_id
  AND t.sku = s.sku
  AND t.license_plate_number IS NOT DISTINCT FROM s.license_plate_number
