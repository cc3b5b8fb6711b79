-- The application's database account may only add to and read the audit trail: no UPDATE or DELETE, and (like
-- every table) no DROP, so no TRUNCATE, and no TRIGGER, so it cannot remove the guards below either. The comment
-- is read at every start by SchemaMigration, which grants exactly these rights; tables without such a comment
-- get SELECT, INSERT, UPDATE, DELETE.
ALTER TABLE audit_event COMMENT = 'Append-only audit trail [app: SELECT, INSERT]';

-- The head only moves forward, one row that writers update; never inserted or deleted by the application.
ALTER TABLE audit_chain_head COMMENT = 'The newest audit event, locked by writers [app: SELECT, UPDATE]';
