SELECT kind, marketplace, currency, first_day, last_day, rows_loaded FROM source_file WHERE sha256 = ?
