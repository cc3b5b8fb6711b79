-- Accounts and roles. Passwords are PBKDF2 hashes in Jakarta Security's format, never plain text.
CREATE TABLE account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_role CHECK (role IN ('RESIDENT', 'OFFICIAL', 'AUDITOR', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A budget round. Money is in euro cents.
CREATE TABLE budget_round (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    name               VARCHAR(120) NOT NULL,
    round_year         INT          NOT NULL,
    total_budget_cents BIGINT       NOT NULL,
    max_plan_cost_cents BIGINT      NOT NULL,
    voting_method      VARCHAR(20)  NOT NULL,
    phase              VARCHAR(20)  NOT NULL,
    created_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_round_budget CHECK (total_budget_cents > 0),
    CONSTRAINT ck_round_max_cost CHECK (max_plan_cost_cents > 0 AND max_plan_cost_cents <= total_budget_cents)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE theme (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT        NOT NULL,
    position     INT           NOT NULL,
    name         VARCHAR(80)   NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    budget_cents BIGINT        NULL,
    CONSTRAINT fk_theme_round FOREIGN KEY (round_id) REFERENCES budget_round (id) ON DELETE CASCADE,
    CONSTRAINT ck_theme_budget CHECK (budget_cents IS NULL OR budget_cents > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE neighbourhood (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT       NOT NULL,
    position        INT          NOT NULL,
    name            VARCHAR(80)  NOT NULL,
    postcode_ranges VARCHAR(200) NOT NULL,
    budget_cents    BIGINT       NULL,
    CONSTRAINT fk_neighbourhood_round FOREIGN KEY (round_id) REFERENCES budget_round (id) ON DELETE CASCADE,
    CONSTRAINT ck_neighbourhood_budget CHECK (budget_cents IS NULL OR budget_cents > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The planned start date of each phase after the draft.
CREATE TABLE phase_start (
    round_id  BIGINT      NOT NULL,
    phase     VARCHAR(20) NOT NULL,
    starts_on DATE        NOT NULL,
    PRIMARY KEY (round_id, phase),
    CONSTRAINT fk_phase_start_round FOREIGN KEY (round_id) REFERENCES budget_round (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every state change that matters. Append-only: the triggers below refuse updates and deletes.
CREATE TABLE audit_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_id   VARCHAR(60)   NOT NULL,
    before_state MEDIUMTEXT    NULL,
    after_state  MEDIUMTEXT    NULL,
    INDEX ix_audit_subject (subject_type, subject_id),
    INDEX ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
