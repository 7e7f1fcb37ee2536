-- A newer Business Report by date replaces the older rows of the same day.
-- ${file_id} is the id of the file being loaded, chosen by code, never by input.
DELETE FROM sales_traffic_by_date t
USING (SELECT * FROM sales_traffic_by_date WHERE file_id = ${file_id}) s
WHERE t.file_id <> ${file_id}
  AND t.day = s.day
