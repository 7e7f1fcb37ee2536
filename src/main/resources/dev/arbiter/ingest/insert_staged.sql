-- ${stage} and ${table} are identifiers chosen by code (ReportLayout), never by input.
INSERT INTO ${table} SELECT * FROM ${stage}
