-- The access log of personal-data reads (nhật ký truy cập dữ liệu cá nhân): one row per read of a data subject's
-- personal data by a person, numbered without gaps and chained by SHA-256 like ledger_event, but a chain of its own
-- (AccessLog.hashOf), not part of the ledger's. Rows are only ever inserted.
-- The primary key on sequence and the unique previous_hash are what keep the chain from forking when several
-- processes append: two writers that both continue entry N cannot both be kept.
-- read_at is the ISO-8601 instant as text, as recorded_at in ledger_event: the hash is taken over that text, and a
-- TIMESTAMP column would round its nanoseconds on PostgreSQL.
CREATE TABLE access_log (
    sequence       BIGINT        NOT NULL PRIMARY KEY,
    read_at        VARCHAR(40)   NOT NULL,
    actor_id       VARCHAR(200)  NOT NULL,
    role           VARCHAR(100)  NOT NULL,
    unit_code      VARCHAR(200)  NOT NULL,
    subject        VARCHAR(300)  NOT NULL,
    purpose        VARCHAR       NOT NULL,
    previous_hash  CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    CONSTRAINT access_log_one_successor UNIQUE (previous_hash)
);
