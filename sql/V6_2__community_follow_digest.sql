-- Residents follow plans; submitters and followers get at most one digest a day of new comments and support,
-- and can stop it from a signed link in the mail (see docs/community.md).
CREATE TABLE plan_follow (
    plan_id     BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    followed_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (plan_id, account_id),
    CONSTRAINT fk_follow_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_follow_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

-- Per person: until when activity was covered by a digest, the day the last one went out, and whether they
-- stopped digests altogether.
CREATE TABLE digest_state (
    account_id    BIGINT       PRIMARY KEY,
    covered_until TIMESTAMP(3) NOT NULL,
    last_sent_on  DATE         NULL,
    stopped       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_digest_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB;

-- The server's key for signing unsubscribe links (HMAC-SHA256); made once, at the first digest.
CREATE TABLE community_key (
    id     INT          PRIMARY KEY,
    secret VARBINARY(32) NOT NULL,
    CONSTRAINT ck_community_key_single CHECK (id = 1)
) ENGINE = InnoDB;
