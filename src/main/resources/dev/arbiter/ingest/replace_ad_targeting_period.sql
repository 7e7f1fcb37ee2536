-- A newer summary report replaces the older rows of the same period, campaign, ad group, target and match type.
DELETE FROM ad_targeting_period t
USING ingest_stage_ad_targeting_period s
WHERE t.first_day = s.first_day
  AND t.last_day = s.last_day
  AND t.campaign_name = s.campaign_name
  AND t.ad_group_name = s.ad_group_name
  AND t.targeting = s.targeting
  AND t.match_type = s.match_type
