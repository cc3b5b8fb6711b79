-- Each event's hash gets a MAC keyed with a secret kept outside the database (HMAC-SHA256, see docs/audit.md):
-- whoever can write the database can recompute plain hashes after changing or adding an event, but not the MACs.
ALTER TABLE audit_event ADD COLUMN mac CHAR(64) NULL;

-- The head also counts the events and names the newest, under a MAC of its own, so that removing the newest events
-- or emptying the table is reported, not just a broken link.
ALTER TABLE audit_chain_head
    ADD COLUMN event_count BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN last_event_id BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN mac CHAR(64) NULL;
UPDATE audit_chain_head
SET event_count = (SELECT COUNT(*) FROM audit_event),
    last_event_id = COALESCE((SELECT MAX(id) FROM audit_event), 0);

-- How many of the oldest events were written before the key existed (they carry no MAC). Read-only for the
-- application, so nobody with its password can declare later events unkeyed.
CREATE TABLE audit_unkeyed (
    id     TINYINT NOT NULL PRIMARY KEY,
    events BIGINT  NOT NULL,
    CONSTRAINT ck_audit_unkeyed_single CHECK (id = 1)
) ENGINE = InnoDB COMMENT = 'Events from before the trail key [app: SELECT]';
INSERT INTO audit_unkeyed (id, events) SELECT 1, COUNT(*) FROM audit_event;

-- The head signed with the platform's Ed25519 key at every phase change, once a day and at every export: the
-- statement is the exact signed text; published to everyone at /controle.
CREATE TABLE audit_signed_head (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    signed_at       TIMESTAMP(6) NOT NULL,
    occasion        VARCHAR(60)  NOT NULL,
    event_count     BIGINT       NOT NULL,
    last_event_id   BIGINT       NOT NULL,
    last_hash       CHAR(64)     NOT NULL,
    statement       TEXT         NOT NULL,
    signature       VARCHAR(100) NOT NULL,
    key_fingerprint CHAR(16)     NOT NULL,
    INDEX ix_audit_signed_head_time (signed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
  COMMENT = 'Signed heads of the audit trail, append-only [app: SELECT, INSERT]';

CREATE TRIGGER audit_signed_head_no_update BEFORE UPDATE ON audit_signed_head FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_signed_head is append-only';

CREATE TRIGGER audit_signed_head_no_delete BEFORE DELETE ON audit_signed_head FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_signed_head is append-only';
