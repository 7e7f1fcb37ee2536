-- ${table} is an identifier chosen by code (ReportLayout), never by input.
SELECT * FROM ${table} LIMIT 0
