-- ${stage} is an identifier chosen by code, never by input.
SELECT * FROM ${stage} LIMIT 0
