-- Residents support plans while plans are being submitted (see docs/community.md).

-- A round's community settings: how long support stays open after submission closes, the support a plan needs to
-- enter review, and when submission and support actually closed (phases follow the official, not the calendar).
CREATE TABLE community_settings (
    round_id             BIGINT       PRIMARY KEY,
    support_days_after   INT          NOT NULL DEFAULT 0,
    support_threshold    INT          NULL,
    submission_closed_at TIMESTAMP(3) NULL,
    support_closed_at    TIMESTAMP(3) NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_settings_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT ck_community_support_days CHECK (support_days_after BETWEEN 0 AND 60),
    CONSTRAINT ck_community_threshold CHECK (support_threshold IS NULL OR support_threshold BETWEEN 1 AND 100000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One support per resident per plan: the unique key, not the code, makes a double click from two tabs count once.
CREATE TABLE plan_support (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    supported_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_plan_support UNIQUE (plan_id, account_id),
    CONSTRAINT fk_plan_support_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_plan_support_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_plan_support_account (account_id)
) ENGINE = InnoDB;

-- Below the round's threshold when support closed: the plan does not enter review.
ALTER TABLE plan ADD COLUMN short_of_support BOOLEAN NOT NULL DEFAULT FALSE;
