-- A newer summary report replaces the older rows of the same period, campaign, ad group, target, match type and term.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM ad_search_term_period t
USING (SELECT * FROM ad_search_term_period WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.first_day = s.first_day
  AND t.last_day = s.last_day
  AND t.campaign_name = s.campaign_name
  AND t.ad_group_name = s.ad_group_name
  AND t.targeting = s.targeting
  AND t.match_type = s.match_type
  AND t.search_term = s.search_term
