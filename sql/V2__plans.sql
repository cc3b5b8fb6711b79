-- Plans that residents submit under a theme of a round. Money is in euro cents.
-- A draft may be incomplete, so the fields a resident fills in are nullable; the application requires them all
-- before a plan is submitted (see Plan in nl.wijkfonds.plan).
CREATE TABLE plan (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id          BIGINT        NOT NULL,
    submitter_id      BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    title             VARCHAR(80)   NOT NULL,
    summary           VARCHAR(300)  NULL,
    description       TEXT          NULL,
    theme_id          BIGINT        NULL,
    neighbourhood_id  BIGINT        NULL,
    location          VARCHAR(200)  NULL,
    submitter_role    VARCHAR(20)   NULL,
    organisation_name VARCHAR(120)  NULL,
    contact_name      VARCHAR(100)  NULL,
    contact_email     VARCHAR(254)  NULL,
    contact_phone     VARCHAR(30)   NULL,
    cost_cents        BIGINT        NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(3)  NOT NULL,
    updated_at        TIMESTAMP(3)  NOT NULL,
    submitted_at      TIMESTAMP(3)  NULL,
    withdrawn_at      TIMESTAMP(3)  NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT fk_plan_submitter FOREIGN KEY (submitter_id) REFERENCES account (id),
    CONSTRAINT fk_plan_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_plan_neighbourhood FOREIGN KEY (neighbourhood_id) REFERENCES neighbourhood (id),
    CONSTRAINT ck_plan_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    CONSTRAINT ck_plan_role CHECK (submitter_role IS NULL OR submitter_role IN ('RESIDENT', 'ENTREPRENEUR', 'ORGANISATION')),
    CONSTRAINT ck_plan_cost CHECK (cost_cents >= 0),
    INDEX ix_plan_round_status (round_id, status),
    INDEX ix_plan_submitter (submitter_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cost breakdown: the plan's cost is the sum of its lines.
CREATE TABLE plan_cost_item (
    plan_id      BIGINT       NOT NULL,
    position     INT          NOT NULL,
    item         VARCHAR(120) NOT NULL,
    amount_cents BIGINT       NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_cost_item_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT ck_plan_cost_item_amount CHECK (amount_cents > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Images and PDF attachments, checked and stripped of metadata, stored in the same transaction as the plan.
CREATE TABLE plan_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id      BIGINT       NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    position     INT          NOT NULL,
    file_name    VARCHAR(120) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    thumbnail    MEDIUMBLOB   NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_plan_file_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT ck_plan_file_kind CHECK (kind IN ('IMAGE', 'PDF')),
    INDEX ix_plan_file_plan (plan_id, kind, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every submitted state of a plan, so officials can see how it changed.
CREATE TABLE plan_version (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id    BIGINT       NOT NULL,
    number     INT          NOT NULL,
    saved_at   TIMESTAMP(3) NOT NULL,
    saved_by   VARCHAR(254) NOT NULL,
    action     VARCHAR(40)  NOT NULL,
    snapshot   MEDIUMTEXT   NOT NULL,
    CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT uq_plan_version UNIQUE (plan_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
