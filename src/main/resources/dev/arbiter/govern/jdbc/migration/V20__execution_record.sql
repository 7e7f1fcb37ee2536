-- One execution record per approved action (issue 8): written before an effect is sent, completed after it.
-- A record left in state SENDING means the process stopped between the call and the record; the next run
-- reads the entity back before sending again, so no action is applied twice.
CREATE TABLE execution_record (
    action_id   VARCHAR(16)  NOT NULL PRIMARY KEY,
    channel     VARCHAR(20)  NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    detail      TEXT         NOT NULL,
    attempts    INTEGER      NOT NULL,
    updated_at  VARCHAR(40)  NOT NULL
);
