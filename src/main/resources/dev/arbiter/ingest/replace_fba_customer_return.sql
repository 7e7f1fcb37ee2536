-- A newer returns report replaces the older rows of the same return: day, order, SKU and license plate.
DELETE FROM fba_customer_return t
USING ingest_stage_fba_customer_return s
WHERE t.return_day = s.return_day
  AND t.order_id = s.order_id
  AND t.sku = s.sku
  AND t.license_plate_number IS NOT DISTINCT FROM s.license_plate_number
