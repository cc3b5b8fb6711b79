-- Residents discuss plans in comments with one level of replies; moderators hide a comment with a public reason,
-- and anyone signed in reports a comment once (see docs/community.md).
CREATE TABLE plan_comment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT       NOT NULL,
    author_id     BIGINT       NOT NULL,
    parent_id     BIGINT       NULL,
    body          TEXT         NOT NULL,
    by_submitter  BOOLEAN      NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    hidden_at     TIMESTAMP(3) NULL,
    hidden_by     BIGINT       NULL,
    hidden_reason VARCHAR(500) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_comment_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES plan_comment (id),
    CONSTRAINT fk_comment_hidden_by FOREIGN KEY (hidden_by) REFERENCES account (id),
    CONSTRAINT ck_comment_body CHECK (CHAR_LENGTH(body) BETWEEN 1 AND 2000),
    CONSTRAINT ck_comment_hidden CHECK (hidden_at IS NULL OR hidden_reason IS NOT NULL),
    INDEX ix_comment_plan (plan_id, created_at),
    INDEX ix_comment_author (author_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One report per person and comment; handled when a moderator hid the comment or kept it.
CREATE TABLE comment_report (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    comment_id  BIGINT       NOT NULL,
    reporter_id BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    reported_at TIMESTAMP(3) NOT NULL,
    handled_at  TIMESTAMP(3) NULL,
    CONSTRAINT uq_comment_report UNIQUE (comment_id, reporter_id),
    CONSTRAINT fk_report_comment FOREIGN KEY (comment_id) REFERENCES plan_comment (id),
    CONSTRAINT fk_report_reporter FOREIGN KEY (reporter_id) REFERENCES account (id),
    INDEX ix_report_open (handled_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
