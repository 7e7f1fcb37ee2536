-- A newer Sponsored Brands campaign report replaces the older rows of the same day and campaign.
DELETE FROM ad_sb_campaign_daily t
USING ingest_stage_ad_sb_campaign_daily s
WHERE t.day = s.day
  AND t.campaign_name = s.campaign_name
