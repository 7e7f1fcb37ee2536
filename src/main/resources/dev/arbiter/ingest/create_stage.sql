-- ${stage} and ${table} are identifiers chosen by code (ReportLayout), never by input.
CREATE TABLE ${stage} AS SELECT * FROM ${table} LIMIT 0
