-- A newer report replaces the older rows of the same day, campaign and placement.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM ad_placement_daily t
USING (SELECT * FROM ad_placement_daily WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.day = s.day
  AND t.campaign_name = s.campaign_name
  AND t.placement = s.placement
