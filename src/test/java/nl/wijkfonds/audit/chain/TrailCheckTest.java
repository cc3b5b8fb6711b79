package nl.wijkfonds.audit.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static nl.wijkfonds.audit.chain.TrailCheck.Problem.Kind.CHANGED;
import static nl.wijkfonds.audit.chain.TrailCheck.Problem.Kind.FORGED;
import static nl.wijkfonds.audit.chain.TrailCheck.Problem.Kind.HEAD_DIFFERS;
import static nl.wijkfonds.audit.chain.TrailCheck.Problem.Kind.MISSING_AT_END;
import static nl.wijkfonds.audit.chain.TrailCheck.Problem.Kind.NOT_IN_HEAD;
import static nl.wijkfonds.audit.chain.TrailCheck.Problem.Kind.NOT_LINKED;
import static nl.wijkfonds.audit.chain.TrailCheck.Problem.Kind.SIGNATURE_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check finds every way an insider could rewrite the trail, and names the event concerned: a changed row, an
 * event forged with a recomputed plain hash, events removed from the middle or the end, an emptied table, a head
 * put back, a signature with one byte changed.
 */
class TrailCheckTest {

    @Test
    void untouchedTrailIsIntact() {
        Trail trail = Trail.of(5).sign("round 1: VOTING");
        TrailCheck.TrailReport report = trail.check(Trail.KEY, trail.head());
        assertTrue(report.intact(), report.problems().toString());
        assertEquals(5, report.events());
        assertEquals(1, report.signedHeadsChecked());
        assertTrue(report.macsChecked());
    }

    @Test
    void changedRowIsReportedAtThatEvent() {
        Trail trail = Trail.of(5);
        ChainedEvent e = trail.events.get(2);
        trail.events.set(2, new ChainedEvent(e.id(), e.occurredAt(), "iemand-anders", e.action(), e.subjectType(),
                e.subjectId(), e.before(), e.after(), e.previousHash(), e.hash(), e.mac()));
        assertOnly(trail.check(Trail.KEY, trail.head()), CHANGED, 3);
    }

    @Test
    void changedRowWithRecomputedPlainHashesIsForgedAtThatEvent() {
        Trail trail = Trail.of(5);
        ChainHead head = trail.head();
        List<ChainedEvent> kept = List.copyOf(trail.events.subList(0, 2));
        trail.events.clear();
        trail.events.addAll(kept);
        for (long id = 3; id <= 5; id++) {
            trail.events.add(Trail.unkeyed(id, "round.revised", id == 3 ? "{\"step\":\"vervalst\"}" : "{}",
                    trail.lastHash()));
        }
        TrailCheck.TrailReport report = trail.check(Trail.KEY, head);
        assertEquals(FORGED, report.problems().get(0).kind());
        assertEquals(3, report.problems().get(0).eventId());
        assertTrue(report.problems().stream().anyMatch(p -> p.kind() == HEAD_DIFFERS && p.eventId() == 5),
                "the stored head names another hash: " + report.problems());
    }

    @Test
    void eventAppendedWithAPlainHashIsForged() {
        Trail trail = Trail.of(4);
        ChainHead head = trail.head();
        trail.events.add(Trail.unkeyed(5, "plan.submitted", "{\"vervalst\":true}", trail.lastHash()));
        TrailCheck.TrailReport report = trail.check(Trail.KEY, head);
        assertEquals(List.of(FORGED, NOT_IN_HEAD), report.problems().stream().map(TrailCheck.Problem::kind).toList());
        assertTrue(report.problems().stream().allMatch(p -> p.eventId() == 5), report.problems().toString());
    }

    @Test
    void eventRemovedFromTheMiddleIsReportedAtTheNextOne() {
        Trail trail = Trail.of(5);
        ChainHead head = trail.head();
        trail.events.remove(1);
        TrailCheck.TrailReport report = trail.check(Trail.KEY, head);
        assertEquals(NOT_LINKED, report.problems().get(0).kind());
        assertEquals(3, report.problems().get(0).eventId());
    }

    @Test
    void newestEventsRemovedAreReportedAtTheNewestTheHeadCounted() {
        Trail trail = Trail.of(6);
        ChainHead head = trail.head();
        trail.events.subList(4, 6).clear();
        assertOnly(trail.check(Trail.KEY, head), MISSING_AT_END, 6);
    }

    @Test
    void emptiedTableIsReported() {
        Trail trail = Trail.of(3);
        ChainHead head = trail.head();
        trail.events.clear();
        assertOnly(trail.check(Trail.KEY, head), MISSING_AT_END, 3);
    }

    @Test
    void headPutBackWithoutTheKeyIsForged() {
        Trail trail = Trail.of(3);
        ChainHead honest = trail.head();
        ChainHead rewritten = new ChainHead(2, 2, trail.events.get(1).hash(), honest.mac(), 0);
        trail.events.remove(2);
        assertOnly(trail.check(Trail.KEY, rewritten), FORGED, 2);
    }

    @Test
    void signedHeadCatchesCuttingTheTrailShortEvenWithoutTheKey() {
        Trail trail = Trail.of(5).sign("round 1: VOTING");
        trail.events.subList(3, 5).clear();
        // The insider also puts back an older head, MAC and all (from a backup): only the signature remains.
        ChainHead older = trail.head();
        assertOnly(trail.check(null, older), MISSING_AT_END, 5);
        assertOnly(trail.check(Trail.KEY, older), MISSING_AT_END, 5);
    }

    @Test
    void signatureVerifiesAndFailsAfterOneChangedByte() {
        Trail trail = Trail.of(2).sign("daily");
        SignedHead signed = trail.signedHeads.get(0);
        assertTrue(signed.verifiesWith(Trail.SIGNING.getPublic()));

        String changedStatement = signed.statement().replace("events: 2", "events: 3");
        assertFalse(new SignedHead(changedStatement, signed.signature()).verifiesWith(Trail.SIGNING.getPublic()));
        byte[] signature = Base64.getDecoder().decode(signed.signature());
        signature[10] ^= 1;
        SignedHead changedSignature = new SignedHead(signed.statement(),
                Base64.getEncoder().encodeToString(signature));
        assertFalse(changedSignature.verifiesWith(Trail.SIGNING.getPublic()));

        trail.signedHeads.set(0, changedSignature);
        assertOnly(trail.check(Trail.KEY, trail.head()), SIGNATURE_INVALID, 2);
    }

    @Test
    void hashDependsOnEveryFieldAndMacOnTheKey() {
        String one = HashChain.hashOf(HashChain.START, "2027-03-01T10:15:30Z", "a", "round.created", "round", "1",
                null, "{\"a\":1}");
        String other = HashChain.hashOf(HashChain.START, "2027-03-01T10:15:30Z", "a", "round.created", "round", "1",
                "-", "{\"a\":1}");
        assertEquals(one, other, "a missing state is written as '-'");
        assertNotEquals(one, HashChain.hashOf(HashChain.START, "2027-03-01T10:15:30Z", "a", "round.created", "round",
                "1", null, "{\"a\":2}"));
        assertNotEquals(HashChain.eventMac(Trail.KEY, one),
                HashChain.eventMac("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII), one));
    }

    @Test
    void statementIsReadOnlyInTheOneFormItIsSignedIn() {
        HeadStatement statement = new HeadStatement("https://w.example/", "2027-03-01T10:15:30Z", "daily", 4, 9,
                "ab".repeat(32));
        assertEquals(statement, HeadStatement.parse(statement.text()));
        assertThrowsIllegal(statement.text().replace("events: 4", "events:  4"));
        assertThrowsIllegal(statement.text() + "extra: 1\n");
    }

    private static void assertThrowsIllegal(String text) {
        try {
            HeadStatement.parse(text);
        } catch (IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("accepted: " + text);
    }

    private static void assertOnly(TrailCheck.TrailReport report, TrailCheck.Problem.Kind kind, long eventId) {
        assertFalse(report.intact());
        assertEquals(List.of(kind + " at event " + eventId), report.problems().stream()
                .map(p -> p.kind() + " at event " + p.eventId()).toList(), report.problems().toString());
    }
}
