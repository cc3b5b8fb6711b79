-- Each audit event carries the SHA-256 of its own content and of the event before it, so that an auditor can
-- check that no event was changed, removed or slipped in. Events written before this migration have no hash.
ALTER TABLE audit_event
    ADD COLUMN previous_hash CHAR(64) NULL,
    ADD COLUMN hash CHAR(64) NULL,
    ADD CONSTRAINT uq_audit_event_hash UNIQUE (hash);

-- The newest event's hash, in one row that writers lock: events are chained strictly one after the other.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB;

-- The chain starts from 64 zeros.
INSERT INTO audit_chain_head (id, last_hash) VALUES (1, REPEAT('0', 64));
