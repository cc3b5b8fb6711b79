-- Voting (issue 14, see docs/voting.md and docs/ballot-secrecy.md): how a round's ballot is filled in, the
-- secret ballots, the voter register and the single-use voting codes.

-- What a round's voting method needs beyond its kind (budget_round.voting_method): the most plans an approval
-- or ranking ballot may name (N), the points a cumulative ballot spreads (K), the least share of its budget a
-- knapsack ballot must spend, and the minimum age of a voter in the year voting opens.
CREATE TABLE voting_rules (
    round_id          BIGINT NOT NULL PRIMARY KEY,
    max_choices       INT    NOT NULL DEFAULT 3,
    points            INT    NOT NULL DEFAULT 10,
    min_spend_percent INT    NOT NULL DEFAULT 0,
    minimum_age       INT    NOT NULL DEFAULT 12,
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_voting_rules_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT ck_voting_rules_choices CHECK (max_choices BETWEEN 1 AND 100),
    CONSTRAINT ck_voting_rules_points CHECK (points BETWEEN 1 AND 1000),
    CONSTRAINT ck_voting_rules_spend CHECK (min_spend_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_voting_rules_age CHECK (minimum_age BETWEEN 0 AND 120)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A cast ballot. Secret by construction: a random id (no insertion order), no time, and no column that names a
-- code, voter, account, session or address. Its scope is the ballot it was cast on: a neighbourhood's (with
-- that neighbourhood's sub-budget) or the district's (neighbourhood_id NULL). The receipt lets the voter find it
-- on the public bulletin board. Whether it came in on paper is recorded in the audit log only.
CREATE TABLE ballot (
    id               CHAR(32)    NOT NULL PRIMARY KEY,
    round_id         BIGINT      NOT NULL,
    neighbourhood_id BIGINT      NULL,
    ballot_kind      VARCHAR(20) NOT NULL,
    receipt          CHAR(12)    NOT NULL,
    CONSTRAINT uq_ballot_receipt UNIQUE (receipt),
    CONSTRAINT fk_ballot_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT fk_ballot_neighbourhood FOREIGN KEY (neighbourhood_id) REFERENCES neighbourhood (id),
    CONSTRAINT ck_ballot_kind CHECK (ballot_kind IN ('APPROVAL', 'KNAPSACK', 'CUMULATIVE', 'RANKING')),
    INDEX ix_ballot_scope (round_id, neighbourhood_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The plans on a ballot, each once: points for a cumulative ballot, the place (1 = first) for a ranking.
CREATE TABLE ballot_choice (
    ballot_id     CHAR(32) NOT NULL,
    plan_id       BIGINT   NOT NULL,
    points        INT      NULL,
    rank_position INT      NULL,
    PRIMARY KEY (ballot_id, plan_id),
    CONSTRAINT uq_ballot_choice_rank UNIQUE (ballot_id, rank_position),
    CONSTRAINT fk_ballot_choice_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT fk_ballot_choice_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT ck_ballot_choice_points CHECK (points IS NULL OR points > 0),
    CONSTRAINT ck_ballot_choice_rank CHECK (rank_position IS NULL OR rank_position > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The short text officials give a plan on the ballot, so that plans compare well; the plan page keeps the
-- submitter's own description.
CREATE TABLE ballot_text (
    plan_id BIGINT        NOT NULL PRIMARY KEY,
    text    VARCHAR(600)  NOT NULL,
    CONSTRAINT fk_ballot_text_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The voter register of a round, as imported: no names or citizen service numbers. The neighbourhood follows from
-- the postcode at import.
CREATE TABLE voter (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id         BIGINT      NOT NULL,
    reference        VARCHAR(40) NOT NULL,
    postcode         CHAR(6)     NOT NULL,
    house_number     VARCHAR(12) NOT NULL,
    birth_year       INT         NOT NULL,
    neighbourhood_id BIGINT      NULL,
    CONSTRAINT uq_voter_reference UNIQUE (round_id, reference),
    CONSTRAINT fk_voter_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT fk_voter_neighbourhood FOREIGN KEY (neighbourhood_id) REFERENCES neighbourhood (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One single-use code per eligible voter, stored only as an HMAC-SHA256 under a key kept outside the database.
-- "used" is a flag, not a time: turnout counts flags, and no time can be matched against anything else.
CREATE TABLE voting_code (
    code_hash CHAR(64) NOT NULL PRIMARY KEY,
    round_id  BIGINT   NOT NULL,
    voter_id  BIGINT   NOT NULL,
    used      BOOLEAN  NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_voting_code_voter UNIQUE (voter_id),
    CONSTRAINT fk_voting_code_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT fk_voting_code_voter FOREIGN KEY (voter_id) REFERENCES voter (id),
    INDEX ix_voting_code_round (round_id, used)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Paper ballots an assistant entered, waiting for a second assistant's confirmation (four eyes). The code is
-- held only as its hash; the row is deleted when the ballot is cast or the entry is rejected.
CREATE TABLE paper_entry (
    id           CHAR(32)     NOT NULL PRIMARY KEY,
    round_id     BIGINT       NOT NULL,
    code_hash    CHAR(64)     NOT NULL,
    choices      VARCHAR(4000) NOT NULL,
    entered_by   CHAR(32)     NOT NULL,
    CONSTRAINT uq_paper_entry_code UNIQUE (code_hash),
    CONSTRAINT fk_paper_entry_round FOREIGN KEY (round_id) REFERENCES budget_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Assistants enter paper ballots at libraries and information points.
ALTER TABLE account_role DROP CONSTRAINT ck_account_role;
ALTER TABLE account_role
    ADD CONSTRAINT ck_account_role CHECK (role IN ('RESIDENT', 'OFFICIAL', 'AUDITOR', 'ADMIN', 'ASSISTANT'));
