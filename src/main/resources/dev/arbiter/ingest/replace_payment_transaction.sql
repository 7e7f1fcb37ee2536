-- Date range reports overlap at their edges (formats doc C9): a newer file replaces the older rows of the same moment,
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
-- settlement, type, order and SKU; rows sharing that key inside one file are all kept.
DELETE FROM payment_transaction t
USING (SELECT DISTINCT date_time, settlement_id, type, order_id, sku FROM payment_transaction WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.date_time = s.date_time
  AND t.settlement_id IS NOT DISTINCT FROM s.settlement_id
  AND t.type IS NOT DISTINCT FROM s.type
  AND t.order_id IS NOT DISTINCT FROM s.order_id
  AND t.sku IS NOT DISTINCT FROM s.sku
