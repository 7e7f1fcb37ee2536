-- A newer report replaces the older rows of the same day, campaign and placement.
DELETE FROM ad_placement_daily t
USING ingest_stage_ad_placement_daily s
WHERE t.day = s.day
  AND t.campaign_name = s.campaign_name
  AND t.placement = s.placement
