-- A newer Sponsored Display campaign report replaces the older rows of the same day and campaign.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM ad_sd_campaign_daily t
USING (SELECT * FROM ad_sd_campaign_daily WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.day = s.day
  AND t.campaign_name = s.campaign_name
