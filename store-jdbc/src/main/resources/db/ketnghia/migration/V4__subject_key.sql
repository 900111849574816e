-- The data subjects' keys (issue 22): one row per household or person whose personal fields are stored
-- encrypted in ledger_event. The key is wrapped by the host's master key, which is never stored here.
-- Erasing a subject sets wrapped_key to NULL and erased_at to the time (crypto-shredding): the row stays,
-- so that no new key is ever made for an erased subject. Not part of the hash chain.
CREATE TABLE subject_key (
    subject      VARCHAR(300) NOT NULL PRIMARY KEY,
    wrapped_key  BYTEA,
    erased_at    VARCHAR(40)
);
