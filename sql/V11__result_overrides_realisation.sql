-- After the result (issue 15, items 9 and 10, see docs/results.md): overrides of the published outcome, kept beside
-- the signed result and never in it, and the progress of the plans that won.

-- An official's proposal to drop a winner or add a plan, with the reason residents read. It takes effect only once
-- a second official confirms it; a rejected one stays, with the note why. At most one proposal per plan waits at a
-- time (pending_plan is the plan only while proposed).
CREATE TABLE result_override (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT        NOT NULL,
    plan_id        BIGINT        NOT NULL,
    kind           VARCHAR(12)   NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    state          VARCHAR(10)   NOT NULL,
    proposed_by    BIGINT        NOT NULL,
    proposed_at    TIMESTAMP(6)  NOT NULL,
    settled_by     BIGINT        NULL,
    settled_at     TIMESTAMP(6)  NULL,
    rejection_note VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    pending_plan   BIGINT AS (CASE WHEN state = 'PROPOSED' THEN plan_id END) PERSISTENT,
    CONSTRAINT fk_override_result FOREIGN KEY (round_id) REFERENCES round_result (round_id),
    CONSTRAINT fk_override_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_override_proposed_by FOREIGN KEY (proposed_by) REFERENCES account (id),
    CONSTRAINT fk_override_settled_by FOREIGN KEY (settled_by) REFERENCES account (id),
    CONSTRAINT ck_override_kind CHECK (kind IN ('DROP_WINNER', 'ADD_PLAN')),
    CONSTRAINT ck_override_state CHECK (state IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    CONSTRAINT ck_override_settled CHECK ((state = 'PROPOSED') = (settled_by IS NULL)),
    CONSTRAINT ck_override_four_eyes CHECK (settled_by IS NULL OR settled_by <> proposed_by),
    CONSTRAINT ck_override_rejection CHECK (state <> 'REJECTED' OR rejection_note IS NOT NULL),
    UNIQUE KEY uq_override_pending (pending_plan),
    INDEX ix_override_round (round_id, plan_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dated notes on a winning plan's progress, written by officials and read by everyone on the plan's page. A note
-- is never changed or removed: a correction is a newer note. photo_type is set when a photo goes with it.
CREATE TABLE realisation_update (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id   BIGINT        NOT NULL,
    plan_id    BIGINT        NOT NULL,
    progress   VARCHAR(12)   NOT NULL,
    noted_on   DATE          NOT NULL,
    report     VARCHAR(2000) NOT NULL,
    written_by BIGINT        NOT NULL,
    written_at TIMESTAMP(6)  NOT NULL,
    photo_type VARCHAR(40)   NULL,
    CONSTRAINT fk_realisation_result FOREIGN KEY (round_id) REFERENCES round_result (round_id),
    CONSTRAINT fk_realisation_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_realisation_written_by FOREIGN KEY (written_by) REFERENCES account (id),
    CONSTRAINT ck_realisation_progress CHECK (progress IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
    INDEX ix_realisation_plan (plan_id, noted_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
  COMMENT = 'Progress notes, never changed [app: SELECT, INSERT]';

-- The photo with a progress note, checked and cleaned by the plan upload inspection (metadata such as the GPS
-- position removed), with its thumbnail (JPEG).
CREATE TABLE realisation_photo (
    update_id BIGINT     NOT NULL PRIMARY KEY,
    content   LONGBLOB   NOT NULL,
    thumbnail MEDIUMBLOB NOT NULL,
    CONSTRAINT fk_realisation_photo_update FOREIGN KEY (update_id) REFERENCES realisation_update (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci
  COMMENT = 'Photos with progress notes, never changed [app: SELECT, INSERT]';
