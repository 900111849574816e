-- Snapshots of the projections: their saved state after one event, so that a ledger opens from the
-- latest snapshot plus the events after it. Snapshots are not events: they are not in the hash chain,
-- the ledger checks each against the chain before using it, and they may be deleted at any time (the
-- store keeps only the last few). V3 follows V1 with a gap that V2 fills; Flyway applies both in order.
CREATE TABLE ledger_snapshot (
    sequence    BIGINT      NOT NULL PRIMARY KEY,
    event_hash  CHAR(64)    NOT NULL,
    saved_at    VARCHAR(40) NOT NULL
);

CREATE TABLE ledger_snapshot_projection (
    sequence         BIGINT       NOT NULL,
    entry_index      INTEGER      NOT NULL,
    projection_type  VARCHAR(500) NOT NULL,
    fingerprint      CHAR(64)     NOT NULL,
    state_json       BYTEA        NOT NULL,
    PRIMARY KEY (sequence, entry_index)
);
