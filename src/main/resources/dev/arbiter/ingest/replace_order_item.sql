-- A newer All Orders download replaces the older rows of the same order item (order id and SKU): its status and
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
-- price may have changed since.
DELETE FROM order_item t
USING (SELECT * FROM order_item WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.order_id = s.order_id
  AND t.sku = s.sku
