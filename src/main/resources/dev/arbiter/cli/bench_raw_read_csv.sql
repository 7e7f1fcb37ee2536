-- DuckDB's own CSV reader into a bare table: no validation, no staging, no lineage. ${file} is a path chosen by the
-- benchmark command, quoted by it.
CREATE TABLE raw_search_term AS SELECT * FROM read_csv(${file}, header = true)
