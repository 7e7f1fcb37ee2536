-- Every quarantined row, oldest file first, in the order of its lines.
SELECT q.file_name, q.line, q.column_name, q.value, q.reason
FROM quarantine q
ORDER BY q.file_id, q.line, q.column_name, q.reason
