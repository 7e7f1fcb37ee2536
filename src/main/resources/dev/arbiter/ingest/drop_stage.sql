-- ${stage} is an identifier chosen by code, never by input.
DROP TABLE ${stage}
