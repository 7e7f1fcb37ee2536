-- Amazon regenerates a settlement whole: a newer file of the same settlement replaces every row of the older one.
DELETE FROM settlement_line t
USING (SELECT DISTINCT settlement_id FROM ingest_stage_settlement_line) s
WHERE t.settlement_id = s.settlement_id
