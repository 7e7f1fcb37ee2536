-- Amazon regenerates a settlement whole: a newer file of the same settlement replaces every row of the older one.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM settlement_line t
USING (SELECT DISTINCT settlement_id FROM settlement_line WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.settlement_id = s.settlement_id
