-- Every version of the operating model applied through 'arbiter policy apply' (issue 4, item 3).
-- Portable SQL for the embedded DuckDB and PostgreSQL; the audit entry at audit_seq carries the content's hash.
CREATE TABLE policy_version (
    version     INTEGER      NOT NULL PRIMARY KEY,
    applied_at  VARCHAR(40)  NOT NULL,
    author      VARCHAR(200) NOT NULL,
    author_role VARCHAR(20),
    reason      TEXT         NOT NULL,
    changes     TEXT         NOT NULL,
    diff        TEXT         NOT NULL,
    content     TEXT         NOT NULL,
    audit_seq   BIGINT       NOT NULL
);
