-- A newer Sponsored Display campaign report replaces the older rows of the same day and campaign.
DELETE FROM ad_sd_campaign_daily t
USING ingest_stage_ad_sd_campaign_daily s
WHERE t.day = s.day
  AND t.campaign_name = s.campaign_name
