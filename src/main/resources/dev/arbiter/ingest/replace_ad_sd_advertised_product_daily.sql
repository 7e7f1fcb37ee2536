-- A newer report replaces the older rows of the same day, campaign, ad group and promoted SKU/ASIN.
DELETE FROM ad_sd_advertised_product_daily t
USING ingest_stage_ad_sd_advertised_product_daily s
WHERE t.day = s.day
  AND t.campaign_name = s.campaign_name
  AND t.ad_group_name = s.ad_group_name
  AND t.sku IS NOT DISTINCT FROM s.sku
  AND t.asin = s.asin
