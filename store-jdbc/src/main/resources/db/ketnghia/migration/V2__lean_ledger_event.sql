-- Leaner rows, less written per commit. Nothing reads events by unit or by type (a runtime replays
-- the whole ledger in sequence order), so the two secondary indexes only cost disk and writes: every
-- append rewrote a page of each. The previous hash is inside the envelope JSON, which is what the
-- hash chain is verified over; the column beside it was never read. The event's own hash stays as a
-- column: every append reads the last one to continue the chain.
DROP INDEX ledger_event_by_unit;
DROP INDEX ledger_event_by_type;
ALTER TABLE ledger_event DROP COLUMN previous_hash;
