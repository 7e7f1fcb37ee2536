-- A newer All Orders download replaces the older rows of the same order item (order id and SKU): its status and
-- price may have changed since.
DELETE FROM order_item t
USING ingest_stage_order_item s
WHERE t.order_id = s.order_id
  AND t.sku = s.sku
