-- Results (issue 15, see docs/results.md): the rule a round is counted by, and the counted, signed result.

-- The allocation rule a round's ballots are counted by, chosen before voting opens (no row: the default,
-- the Method of Equal Shares with completion).
CREATE TABLE counting_rule (
    round_id BIGINT      NOT NULL PRIMARY KEY,
    rule     VARCHAR(20) NOT NULL,
    version  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_counting_rule_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT ck_counting_rule CHECK (rule IN ('GREEDY', 'EQUAL_SHARES'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A round's count: one row per round, written when an official starts the tally and completed by it. The result
-- document (JSON) is stored exactly as it was signed; its SHA-256 and signature go with it.
CREATE TABLE round_result (
    round_id        BIGINT       NOT NULL PRIMARY KEY,
    state           VARCHAR(12)  NOT NULL,
    started_at      TIMESTAMP(6) NOT NULL,
    finished_at     TIMESTAMP(6) NULL,
    failure         VARCHAR(500) NULL,
    document        LONGTEXT     NULL,
    document_sha256 CHAR(64)     NULL,
    signature       VARCHAR(200) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_round_result_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT ck_round_result_state CHECK (state IN ('COUNTING', 'COUNTED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The exact pabulib ballot file of each ballot (scope) the tally counted, as downloaded by auditors.
CREATE TABLE result_ballot_file (
    round_id  BIGINT      NOT NULL,
    position  INT         NOT NULL,
    file_name VARCHAR(120) NOT NULL,
    content   LONGTEXT    NOT NULL,
    sha256    CHAR(64)    NOT NULL,
    PRIMARY KEY (round_id, position),
    CONSTRAINT fk_result_ballot_file_result FOREIGN KEY (round_id) REFERENCES round_result (round_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
