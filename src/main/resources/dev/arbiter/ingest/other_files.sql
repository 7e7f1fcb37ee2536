-- ${table} and ${file_id} are chosen by code, never by input: one row when other files have rows in the table.
SELECT 1 FROM ${table} WHERE file_id <> ${file_id} LIMIT 1
