-- Accounts that hold up (issue 9): an opaque public id, verified e-mail, invitations, two-factor for staff,
-- one-time tokens, throttling counters, sessions, the security log, and the mail outbox.

-- The public id is what the platform calls a person everywhere outside this table (principal, audit trail,
-- security log): random, never the e-mail address. Accounts that exist already count as verified.
ALTER TABLE account
    ADD COLUMN public_id CHAR(32) NULL AFTER id,
    ADD COLUMN email_verified_at TIMESTAMP(3) NULL,
    ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'nl',
    ADD COLUMN totp_secret VARCHAR(64) NULL,
    ADD COLUMN totp_enabled_at TIMESTAMP(3) NULL,
    ADD COLUMN totp_last_step BIGINT NULL,
    MODIFY password_hash VARCHAR(400) NULL;
UPDATE account SET public_id = LOWER(HEX(RANDOM_BYTES(16))), email_verified_at = created_at;
ALTER TABLE account
    MODIFY public_id CHAR(32) NOT NULL,
    ADD CONSTRAINT uq_account_public_id UNIQUE (public_id);

-- Links and tickets sent to or held by one person: only a SHA-256 of the token is stored; each is used once.
CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    expires_at  TIMESTAMP(3) NOT NULL,
    used_at     TIMESTAMP(3) NULL,
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_token_purpose
        CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'INVITATION', 'SIGN_IN', 'SECOND_FACTOR')),
    INDEX ix_account_token_account (account_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time recovery codes for staff who lost their authenticator, stored as SHA-256.
CREATE TABLE recovery_code (
    account_id BIGINT       NOT NULL,
    code_hash  CHAR(64)     NOT NULL,
    used_at    TIMESTAMP(3) NULL,
    PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failure counters behind throttling, shared by every instance. The key names the action and a hash of the
-- e-mail address or the client address; never the address itself.
CREATE TABLE throttle (
    throttle_key     CHAR(64)     NOT NULL PRIMARY KEY,
    failures         INT          NOT NULL,
    last_failure_at  TIMESTAMP(3) NOT NULL,
    blocked_until    TIMESTAMP(3) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Signed-in sessions, so that a person can see and end them, a password reset can end them all, and the absolute
-- lifetime holds on every instance. The key is a random value kept in the HTTP session; only its hash is here.
CREATE TABLE account_session (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    key_hash       CHAR(64)     NOT NULL,
    started_at     TIMESTAMP(3) NOT NULL,
    last_seen_at   TIMESTAMP(3) NOT NULL,
    client_address VARCHAR(45)  NOT NULL,
    user_agent     VARCHAR(200) NOT NULL,
    ended_at       TIMESTAMP(3) NULL,
    CONSTRAINT uq_account_session_key UNIQUE (key_hash),
    CONSTRAINT fk_account_session_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_account_session_open (account_id, ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Security events: sign-ins, failures, throttling, password and role changes, exports of personal data.
-- Names people only by public id; never a password, token or e-mail address.
CREATE TABLE security_event (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at       TIMESTAMP(6) NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    account_public_id CHAR(32)     NULL,
    actor_public_id   VARCHAR(32)  NULL,
    client_address    VARCHAR(45)  NULL,
    detail            VARCHAR(400) NULL,
    INDEX ix_security_event_time (occurred_at),
    INDEX ix_security_event_kind (kind, occurred_at),
    INDEX ix_security_event_account (account_public_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The transactional outbox: a message is written in the transaction of the change that causes it and sent later
-- by the platform's executor. Bodies are erased once sent (they may hold one-time links).
CREATE TABLE mail_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    created_at      TIMESTAMP(3)  NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    template        VARCHAR(60)   NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    text_body       MEDIUMTEXT    NULL,
    html_body       MEDIUMTEXT    NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3)  NOT NULL,
    claimed_at      TIMESTAMP(3)  NULL,
    sent_at         TIMESTAMP(3)  NULL,
    last_error      VARCHAR(500)  NULL,
    CONSTRAINT ck_mail_message_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    INDEX ix_mail_message_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
