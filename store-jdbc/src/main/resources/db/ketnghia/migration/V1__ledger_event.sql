-- The programme ledger: one row per event, numbered without gaps, chained by SHA-256.
-- The primary key on sequence is what makes concurrent appends safe: two writers that
-- both try to write sequence N cannot both succeed, so events can never interleave.
CREATE TABLE ledger_event (
    sequence       BIGINT       NOT NULL PRIMARY KEY,
    occurred_on    DATE         NOT NULL,
    recorded_at    VARCHAR(40)  NOT NULL,
    actor_id       VARCHAR(200) NOT NULL,
    unit_code      VARCHAR(200) NOT NULL,
    type_id        VARCHAR(200) NOT NULL,
    envelope_json  VARCHAR      NOT NULL,
    previous_hash  CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL
);

CREATE INDEX ledger_event_by_unit ON ledger_event (unit_code, sequence);
CREATE INDEX ledger_event_by_type ON ledger_event (type_id, sequence);
