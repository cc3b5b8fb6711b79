package nl.wijkfonds.audit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The chain catches a changed, removed or inserted event, and names the first one that breaks it. */
class HashChainTest {

    @Test
    void untouchedChainIsIntact() {
        assertNull(firstBreak(chain(5)));
    }

    @Test
    void changedEventBreaksTheChainThere() throws ReflectiveOperationException {
        List<AuditEvent> events = chain(5);
        set(events.get(2), "actor", "iemand anders");
        assertEquals(3L, firstBreak(events));
    }

    @Test
    void removedEventBreaksTheChainAtTheNextOne() {
        List<AuditEvent> events = chain(5);
        events.remove(1);
        assertEquals(3L, firstBreak(events));
    }

    @Test
    void reorderedEventsBreakTheChain() {
        List<AuditEvent> events = chain(3);
        events.add(0, events.remove(2));
        assertEquals(3L, firstBreak(events));
    }

    @Test
    void hashDependsOnEveryField() {
        AuditEvent one = event("round.created", "{\"a\":1}", HashChain.START);
        AuditEvent other = event("round.created", "{\"a\":2}", HashChain.START);
        assertNotEquals(one.getHash(), other.getHash());
        assertEquals(64, one.getHash().length());
    }

    private static Long firstBreak(List<AuditEvent> events) {
        HashChain.Verifier verifier = new HashChain.Verifier();
        events.forEach(verifier::check);
        return verifier.firstBreak();
    }

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = HashChain.START;
        for (long id = 1; id <= length; id++) {
            AuditEvent event = event("round.revised", "{\"step\":" + id + "}", previous);
            try {
                set(event, "id", id);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            events.add(event);
            previous = event.getHash();
        }
        return events;
    }

    private static AuditEvent event(String action, String after, String previous) {
        return new AuditEvent(Instant.parse("2027-03-01T10:15:30.123456Z"), "ambtenaar@demo.wijkfonds.nl", action,
                "round", "1", null, after, previous);
    }

    /** Stands in for someone who edits the table behind the application's back. */
    private static void set(AuditEvent event, String field, Object value) throws ReflectiveOperationException {
        Field target = AuditEvent.class.getDeclaredField(field);
        target.setAccessible(true);
        target.set(event, value);
    }
}
