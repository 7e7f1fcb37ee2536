-- A newer report replaces the older rows of the same day and campaign.
DELETE FROM ad_campaign_daily t
USING ingest_stage_ad_campaign_daily s
WHERE t.day = s.day
  AND t.campaign_name = s.campaign_name
