-- A newer summary report replaces the older rows of the same period, campaign, ad group, advertised product, target,
-- match type and purchased ASIN.
DELETE FROM ad_purchased_product_period t
USING ingest_stage_ad_purchased_product_period s
WHERE t.first_day = s.first_day
  AND t.last_day = s.last_day
  AND t.campaign_name = s.campaign_name
  AND t.ad_group_name = s.ad_group_name
  AND t.sku IS NOT DISTINCT FROM s.sku
  AND t.asin = s.asin
  AND t.targeting = s.targeting
  AND t.match_type = s.match_type
  AND t.purchased_asin = s.purchased_asin
