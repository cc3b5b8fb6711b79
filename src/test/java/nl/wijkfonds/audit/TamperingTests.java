package nl.wijkfonds.audit;

import nl.wijkfonds.audit.chain.HashChain;
import nl.wijkfonds.audit.chain.VerifyTrail;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static nl.wijkfonds.audit.Tampering.andRestore;
import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.TestDatabase.asApplication;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An insider rewrites the trail in the real database in every way the issue names; the auditors' page and the
 * command-line verifier (on an export) each report it with the event concerned. Each test puts the trail back.
 */
interface TamperingTests extends Deployed {

    String INTACT = "De auditlog is heel";

    @Test
    default void untouchedTrailIsReportedIntactOnThePageAndByTheVerifier() {
        FacesClient auditor = signedIn(AUDITOR);
        assertTrue(auditor.get("audit/events").contains(INTACT));
        String exportsLogged = "select count(*) from security_event where kind = 'PERSONAL_DATA_EXPORTED' "
                + "and detail like 'audit trail, %'";
        long exports = count(exportsLogged);
        Verified verified = verifyExport(auditor, true);
        assertEquals(0, verified.code(), verified.out());
        assertTrue(verified.out().contains("MACs checked: yes"), verified.out());
        assertEquals(exports + 1, count(exportsLogged), "the download is in the security log");
    }

    @Test
    default void changedRowIsReportedAtThatEvent() {
        FacesClient auditor = signedIn(AUDITOR);
        String id = single("select min(id) from audit_event where hash is not null");
        andRestore(() -> {
            execute("update audit_event set actor = 'iemand-anders' where id = ?", id);
            assertTrue(auditor.get("audit/events").contains("Gebeurtenis " + id + " is veranderd"));
            Verified verified = verifyExport(auditor, false);
            assertEquals(1, verified.code(), verified.out());
            assertTrue(verified.out().contains("CHANGED at event " + id), verified.out());
        });
        assertTrue(auditor.get("audit/events").contains(INTACT));
    }

    @Test
    default void eventForgedWithARecomputedPlainHashIsReportedAtThatEvent() {
        FacesClient auditor = signedIn(AUDITOR);
        andRestore(() -> {
            // The application's own account may insert: what a thief of its password could add without the key.
            String previous = single("select last_hash from audit_chain_head");
            String at = "2027-03-01T10:15:30.123456Z";
            String after = "{\"status\":\"ELIGIBLE\"}";
            String hash = HashChain.hashOf(previous, at, "system", "plan.decided", "plan", "1", null, after);
            asApplication("insert into audit_event (occurred_at, actor, action, subject_type, subject_id, "
                    + "after_state, previous_hash, hash, mac) values ('2027-03-01 10:15:30.123456', 'system', "
                    + "'plan.decided', 'plan', '1', '" + after + "', '" + previous + "', '" + hash + "', '"
                    + HashChain.sha256Hex(hash.getBytes(StandardCharsets.US_ASCII)) + "')");
            String forged = single("select id from audit_event where hash = ?", hash);
            assertTrue(auditor.get("audit/events").contains("Gebeurtenis " + forged
                    + " is zonder de sleutel van het platform geschreven of herschreven."));

            Verified withKey = verifyExport(auditor, true);
            assertEquals(1, withKey.code(), withKey.out());
            assertTrue(withKey.out().contains("FORGED at event " + forged), withKey.out());
            Verified withoutKey = verifyExport(auditor, false);
            assertTrue(withoutKey.out().contains("NOT_IN_HEAD at event " + forged), withoutKey.out());
        });
        assertTrue(auditor.get("audit/events").contains(INTACT));
    }

    @Test
    default void deletedNewestEventsAreReportedAtTheNewestTheHeadCounted() {
        FacesClient auditor = signedIn(AUDITOR);
        String newest = single("select max(id) from audit_event");
        andRestore(() -> {
            execute("delete from audit_event where id > (select max(id) - 2 from audit_event_kept)");
            assertTrue(auditor.get("audit/events").contains("Er ontbreken gebeurtenissen aan het eind: een "
                    + "opgeslagen of ondertekende stand telde tot en met gebeurtenis " + newest + "."));
            Verified verified = verifyExport(auditor, false);
            assertTrue(verified.out().contains("MISSING_AT_END at event " + newest), verified.out());
        });
    }

    @Test
    default void emptiedTrailIsReportedNotCalledIntact() {
        FacesClient auditor = signedIn(AUDITOR);
        String newest = single("select max(id) from audit_event");
        andRestore(() -> {
            execute("truncate table audit_event");
            String page = auditor.get("audit/events").body();
            assertTrue(page.contains("De auditlog is niet heel"), page);
            assertTrue(page.contains("telde tot en met gebeurtenis " + newest), page);
        });
        assertTrue(auditor.get("audit/events").contains(INTACT));
    }

    /** Downloads the auditors' export and runs the command-line verifier on it, with or without the trail key. */
    private Verified verifyExport(FacesClient auditor, boolean withTrailKey) {
        try {
            Path export = Files.createTempFile("wijkfonds-audit", ".zip");
            Files.write(export, auditor.download("audit/export"));
            Path trailKey = Path.of(System.getenv("WIJKFONDS_KEY_DIR"), "audit-trail.key");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            int code = withTrailKey ? VerifyTrail.run(new String[]{"--trail-key", trailKey.toString(),
                    export.toString()}, print, print) : VerifyTrail.run(new String[]{export.toString()}, print, print);
            Files.delete(export);
            return new Verified(code, out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Verified(int code, String out) {
    }
}
