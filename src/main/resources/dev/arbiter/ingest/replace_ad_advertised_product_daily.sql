-- A newer report replaces the older rows of the same day, campaign, ad group and advertised SKU/ASIN.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM ad_advertised_product_daily t
USING (SELECT * FROM ad_advertised_product_daily WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.day = s.day
  AND t.campaign_name = s.campaign_name
  AND t.ad_group_name = s.ad_group_name
  AND t.sku IS NOT DISTINCT FROM s.sku
  AND t.asin = s.asin
