-- A newer Sponsored Display campaign summary report replaces the older rows of the same period and campaign.
DELETE FROM ad_sd_campaign_period t
USING ingest_stage_ad_sd_campaign_period s
WHERE t.first_day = s.first_day
  AND t.last_day = s.last_day
  AND t.campaign_name = s.campaign_name
