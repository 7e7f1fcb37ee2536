INSERT INTO source_file (file_id, file_name, sha256, kind, marketplace, currency, first_day, last_day,
                         rows_loaded, rows_replaced, rows_quarantined, loaded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
