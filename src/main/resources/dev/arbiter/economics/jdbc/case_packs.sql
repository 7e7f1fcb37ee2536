-- Units per supplier case of each catalog SKU whose latest catalog row gives one (at least 1).
SELECT sku, case_pack
FROM catalog_item
QUALIFY row_number() OVER (PARTITION BY sku ORDER BY file_id DESC) = 1 AND case_pack >= 1
ORDER BY sku
