-- The ledger of proposed actions and the hash-chained audit log (issue 2, items 5 and 7).
-- Portable SQL: the same file migrates the embedded DuckDB and PostgreSQL (issue 4).
-- Instants are stored as ISO-8601 UTC text so that the audit hash is over exactly what is stored.
CREATE TABLE ledger_action (
    id               VARCHAR(16)   NOT NULL PRIMARY KEY,
    action_type      VARCHAR(40)   NOT NULL,
    subject          VARCHAR(400)  NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    basis_day        DATE          NOT NULL,
    payload          TEXT          NOT NULL,
    rationale        TEXT          NOT NULL,
    classification   TEXT          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    awaiting_role    VARCHAR(20),
    proposed_at      VARCHAR(40)   NOT NULL,
    proposed_seq     BIGINT        NOT NULL,
    decided_by       VARCHAR(200),
    decided_role     VARCHAR(20),
    decided_at       VARCHAR(40),
    decision_comment TEXT,
    executed_at      VARCHAR(40),
    execution_detail TEXT,
    last_audit_seq   BIGINT        NOT NULL
);

CREATE TABLE audit_log (
    seq       BIGINT       NOT NULL PRIMARY KEY,
    at        VARCHAR(40)  NOT NULL,
    actor     VARCHAR(200) NOT NULL,
    event     VARCHAR(40)  NOT NULL,
    subject   VARCHAR(400) NOT NULL,
    detail    TEXT         NOT NULL,
    prev_hash VARCHAR(64)  NOT NULL,
    hash      VARCHAR(64)  NOT NULL
);
