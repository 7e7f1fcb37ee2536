SELECT nextval('source_file_id')
