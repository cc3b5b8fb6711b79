-- Officials review every submitted plan against the round's eligibility criteria (see docs/review.md).

-- The plan carries the review's public outcome: its status, the cost the ballot uses when the municipality
-- adjusted it, and until when its submitter may make requested changes.
ALTER TABLE plan DROP CONSTRAINT ck_plan_status;
ALTER TABLE plan
    ADD CONSTRAINT ck_plan_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ELIGIBLE',
                                                    'INELIGIBLE', 'WITHDRAWN')),
    ADD COLUMN adjusted_cost_cents BIGINT NULL,
    ADD COLUMN changes_due_on DATE NULL,
    ADD COLUMN reviewed_at TIMESTAMP(3) NULL,
    ADD CONSTRAINT ck_plan_adjusted_cost CHECK (adjusted_cost_cents IS NULL OR adjusted_cost_cents > 0);

-- What a round's plans are checked against, and how many days a submitter gets for requested changes.
CREATE TABLE review_rules (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id     BIGINT NOT NULL,
    change_days  INT    NOT NULL,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_review_rules_round UNIQUE (round_id),
    CONSTRAINT fk_review_rules_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT ck_review_rules_days CHECK (change_days BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE eligibility_criterion (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    rules_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    explanation VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_criterion_rules FOREIGN KEY (rules_id) REFERENCES review_rules (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One review per plan: who reviews it, by when, where it stands, and the submitter's appeal (at most one).
CREATE TABLE review (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id        BIGINT       NOT NULL,
    stage          VARCHAR(10)  NOT NULL,
    state          VARCHAR(30)  NOT NULL,
    reviewer_id    BIGINT       NULL,
    due_on         DATE         NULL,
    assigned_at    TIMESTAMP(3) NULL,
    appeal_reason  TEXT         NULL,
    appealed_at    TIMESTAMP(3) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_review_plan UNIQUE (plan_id),
    CONSTRAINT fk_review_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES account (id),
    CONSTRAINT ck_review_stage CHECK (stage IN ('FIRST', 'APPEAL')),
    CONSTRAINT ck_review_state CHECK (state IN ('AWAITING_ASSIGNMENT', 'IN_REVIEW', 'AWAITING_CONFIRMATION',
                                                'CHANGES_REQUESTED', 'DECIDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Officials who declared a conflict of interest with a plan: they neither review nor confirm it.
CREATE TABLE review_conflict (
    review_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (review_id, account_id),
    CONSTRAINT fk_review_conflict_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_review_conflict_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

-- A reviewer's decision: proposed, then confirmed by a second official (four eyes) or returned to the reviewer.
CREATE TABLE review_decision (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id           BIGINT        NOT NULL,
    stage               VARCHAR(10)   NOT NULL,
    outcome             VARCHAR(20)   NOT NULL,
    state               VARCHAR(10)   NOT NULL,
    plan_version        INT           NOT NULL,
    original_cost_cents BIGINT        NOT NULL,
    adjusted_cost_cents BIGINT        NULL,
    cost_reason         VARCHAR(1000) NULL,
    proposed_by         BIGINT        NOT NULL,
    proposed_at         TIMESTAMP(3)  NOT NULL,
    settled_by          BIGINT        NULL,
    settled_at          TIMESTAMP(3)  NULL,
    return_note         VARCHAR(1000) NULL,
    changes_due_on      DATE          NULL,
    CONSTRAINT fk_decision_review FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT fk_decision_proposed_by FOREIGN KEY (proposed_by) REFERENCES account (id),
    CONSTRAINT fk_decision_settled_by FOREIGN KEY (settled_by) REFERENCES account (id),
    CONSTRAINT ck_decision_outcome CHECK (outcome IN ('ELIGIBLE', 'INELIGIBLE', 'CHANGES_REQUESTED')),
    CONSTRAINT ck_decision_state CHECK (state IN ('PROPOSED', 'CONFIRMED', 'RETURNED')),
    CONSTRAINT ck_decision_four_eyes CHECK (settled_by IS NULL OR settled_by <> proposed_by),
    CONSTRAINT ck_decision_adjusted_cost CHECK (adjusted_cost_cents IS NULL OR adjusted_cost_cents > 0),
    INDEX ix_decision_review (review_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per criterion: meets, does not meet or needs change, with the reason residents read.
CREATE TABLE review_assessment (
    decision_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    criterion_id BIGINT        NOT NULL,
    verdict      VARCHAR(20)   NOT NULL,
    reason       VARCHAR(1000) NULL,
    PRIMARY KEY (decision_id, position),
    CONSTRAINT fk_assessment_decision FOREIGN KEY (decision_id) REFERENCES review_decision (id),
    CONSTRAINT fk_assessment_criterion FOREIGN KEY (criterion_id) REFERENCES eligibility_criterion (id),
    CONSTRAINT ck_assessment_verdict CHECK (verdict IN ('MEETS', 'DOES_NOT_MEET', 'NEEDS_CHANGE')),
    CONSTRAINT ck_assessment_reason CHECK (verdict = 'MEETS' OR reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
