package nl.wijkfonds.audit;

import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.TestDatabase.asApplication;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Least privilege: the application's own database account (the one its pool uses) can add to and read the audit
 * trail, and nothing else; whoever steals its password cannot empty, change or unguard the trail.
 */
interface DatabaseRightsTests extends Deployed {

    @Test
    default void applicationAccountCannotTruncateChangeDeleteOrUnguardTheTrail() {
        long events = count("select count(*) from audit_event");
        String head = single("select last_hash from audit_chain_head");
        for (String tampering : List.of("truncate table audit_event",
                "update audit_event set actor = 'iemand anders'",
                "delete from audit_event",
                "delete from audit_event where id = (select max(id) from (select id from audit_event) newest)",
                "drop trigger audit_event_no_update",
                "drop trigger audit_event_no_delete",
                "drop table audit_event",
                "alter table audit_event drop column hash",
                "delete from audit_chain_head",
                "insert into audit_chain_head (id, last_hash) values (2, repeat('0', 64))",
                "truncate table audit_chain_head",
                "update audit_signed_head set occasion = 'daily'",
                "delete from audit_signed_head",
                "update audit_unkeyed set events = 1000000")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> asApplication(tampering),
                    tampering);
            assertTrue(refused.getMessage().contains("denied"), tampering + ": " + refused.getMessage());
        }
        assertEquals(events, count("select count(*) from audit_event"));
        assertEquals(head, single("select last_hash from audit_chain_head"));
        assertEquals(2, count("select count(*) from information_schema.triggers "
                + "where event_object_table = 'audit_event' and trigger_schema = database()"));
    }

    @Test
    default void auditorsSeeWhetherTheApplicationCouldRewriteTheTrail() {
        FacesClient auditor = signedIn(AUDITOR);
        assertTrue(auditor.get("audit/events").contains("mag de auditlog alleen aanvullen en lezen."));
        // As if an administrator had given the application too much: the page says so.
        String application = "'" + System.getenv("WIJKFONDS_DB_USER") + "'@'%'";
        execute("grant update, delete on audit_event to " + application);
        try {
            assertTrue(auditor.get("audit/events").contains("mag meer dan de auditlog aanvullen en lezen "
                    + "(DELETE, UPDATE)"));
        } finally {
            execute("revoke update, delete on audit_event from " + application);
        }
        assertTrue(auditor.get("audit/events").contains("mag de auditlog alleen aanvullen en lezen."));
    }

    @Test
    default void triggersGuardTheTrailEvenForTheOwner() {
        for (String tampering : List.of("update audit_event set actor = 'iemand anders'", "delete from audit_event")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> execute(tampering));
            assertTrue(refused.getCause().getMessage().contains("append-only"), refused.getCause().getMessage());
        }
        assertEquals(2, count("select count(*) from information_schema.triggers "
                + "where event_object_table = 'audit_signed_head' and trigger_schema = database()"));
    }

    @Test
    default void applicationAccountReadsAndChangesOrdinaryTablesButNeverTheirShape() {
        asApplication("select count(*) from audit_event");
        asApplication("update budget_round set version = version where 1 = 0");
        for (String tampering : List.of("truncate table account", "drop table plan",
                "create table intruder (id int)", "alter table account add column intruder int")) {
            assertThrows(IllegalStateException.class, () -> asApplication(tampering), tampering);
        }
    }
}
