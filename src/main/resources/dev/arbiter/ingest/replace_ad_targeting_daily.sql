-- A newer report replaces the older rows of the same day, campaign, ad group, target and match type.
DELETE FROM ad_targeting_daily t
USING ingest_stage_ad_targeting_daily s
WHERE t.day = s.day
  AND t.campaign_name = s.campaign_name
  AND t.ad_group_name = s.ad_group_name
  AND t.targeting = s.targeting
  AND t.match_type = s.match_type
