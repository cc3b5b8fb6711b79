-- Retention periods per round (issue 11): how many months after the round's realisation ends (the planned start
-- of its CLOSED phase) the platform erases the submitters' contact details (ContactRetention). Officials set it in
-- the round editor; six months unless they choose otherwise.
ALTER TABLE budget_round
    ADD COLUMN contact_retention_months INT NOT NULL DEFAULT 6,
    ADD CONSTRAINT ck_round_contact_retention CHECK (contact_retention_months BETWEEN 0 AND 120);
