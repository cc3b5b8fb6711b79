-- Retention periods per round (issue 11): how many months after the round's realisation ends (the planned start
-- of its CLOSED phase) the submitters' contact details are erased by the platform. A round without a row keeps
-- them for the default of 6 months (ContactRetention).
CREATE TABLE round_retention (
    round_id        BIGINT NOT NULL PRIMARY KEY,
    contact_months  INT    NOT NULL,
    CONSTRAINT fk_round_retention_round FOREIGN KEY (round_id) REFERENCES budget_round (id),
    CONSTRAINT ck_round_retention_months CHECK (contact_months >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
