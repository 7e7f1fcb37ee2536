-- A newer Sponsored Brands campaign summary report replaces the older rows of the same period and campaign.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM ad_sb_campaign_period t
USING (SELECT * FROM ad_sb_campaign_period WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.first_day = s.first_day
  AND t.last_day = s.last_day
  AND t.campaign_name = s.campaign_name
