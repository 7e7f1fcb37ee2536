INSERT INTO quarantine (file_id, file_name, line, column_name, value, reason) VALUES (?, ?, ?, ?, ?, ?)
