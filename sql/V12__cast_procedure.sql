-- Casting a vote in one call: the code is marked used with a conditional update, and only if that changed exactly
-- one row are its ballots and their choices stored, so any number of simultaneous votes with one code store exactly
-- one, and there is never a used code without ballots or ballots without a used code. The ballots come as JSON:
-- [{"id": "...", "neighbourhood": 3, "kind": "APPROVAL", "receipt": "...", "choices": [{"plan": 12, "points": 2,
-- "rank": 1}]}] (a missing key is NULL). One call instead of a statement per step took a cast from eight round
-- trips to the database to two (docs/voting.md).
--
-- In autocommit mode (a voter's own vote) the procedure is its own transaction; inside the caller's transaction (a
-- paper vote, cast together with the deletion of its pending entry) it leaves commit and rollback to the caller.
-- A used code is SQLSTATE 45000 with the message 'voting code used'. It runs with the caller's rights (INVOKER),
-- so it can do nothing the application's account could not.
DELIMITER $$
CREATE PROCEDURE cast_ballot(IN in_round_id BIGINT, IN in_code_hash CHAR(64), IN in_ballots LONGTEXT)
    MODIFIES SQL DATA
    SQL SECURITY INVOKER
BEGIN
    DECLARE own_transaction BOOLEAN DEFAULT @@autocommit = 1;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        IF own_transaction THEN
            ROLLBACK;
        END IF;
        RESIGNAL;
    END;
    IF own_transaction THEN
        START TRANSACTION;
    END IF;
    UPDATE voting_code SET used = TRUE
     WHERE code_hash = in_code_hash AND round_id = in_round_id AND used = FALSE;
    IF ROW_COUNT() <> 1 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'voting code used';
    END IF;
    INSERT INTO ballot (id, round_id, neighbourhood_id, ballot_kind, receipt)
    SELECT b.id, in_round_id, b.neighbourhood_id, b.ballot_kind, b.receipt
      FROM JSON_TABLE(in_ballots, '$[*]' COLUMNS (
               id               CHAR(32)    PATH '$.id' ERROR ON EMPTY,
               neighbourhood_id BIGINT      PATH '$.neighbourhood',
               ballot_kind      VARCHAR(20) PATH '$.kind' ERROR ON EMPTY,
               receipt          CHAR(12)    PATH '$.receipt' ERROR ON EMPTY)) b;
    INSERT INTO ballot_choice (ballot_id, plan_id, points, rank_position)
    SELECT c.ballot_id, c.plan_id, c.points, c.rank_position
      FROM JSON_TABLE(in_ballots, '$[*]' COLUMNS (
               ballot_id CHAR(32) PATH '$.id' ERROR ON EMPTY,
               NESTED PATH '$.choices[*]' COLUMNS (
                   plan_id       BIGINT PATH '$.plan' ERROR ON EMPTY,
                   points        INT    PATH '$.points',
                   rank_position INT    PATH '$.rank'))) c;
    IF own_transaction THEN
        COMMIT;
    END IF;
END$$
DELIMITER ;
