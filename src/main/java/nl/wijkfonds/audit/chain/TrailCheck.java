package nl.wijkfonds.audit.chain;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an audit trail fed event by event in the order it was written, against what vouches for it: each event's
 * link to the one before and its own hash; with the trail key, each event's MAC and the head's; the stored head's
 * count, newest event and hash; and every signed head (with the platform's public key). Each problem names the
 * event concerned, so an auditor knows where to look:
 * <ul>
 *     <li>a changed row: {@link Problem.Kind#CHANGED} at that event (or {@link Problem.Kind#FORGED} when its hash
 *     was recomputed too);</li>
 *     <li>an event inserted with a recomputed plain hash: {@link Problem.Kind#FORGED} at that event, since only
 *     the key can make its MAC;</li>
 *     <li>an event removed from the middle: {@link Problem.Kind#NOT_LINKED} at the event after it;</li>
 *     <li>the newest events removed, or the whole table emptied: {@link Problem.Kind#MISSING_AT_END} at the newest
 *     event the head or a signed head counted.</li>
 * </ul>
 */
public final class TrailCheck {

    private static final int MAX_LISTED = 100;

    private final byte[] trailKey;
    private final ChainHead head;
    private final List<SignedHead> signedHeads = new ArrayList<>();
    private final Map<Long, List<HeadStatement>> signedAtPosition = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private int problemCount;
    private long position;
    private String previousHash;
    private long lastEventId;

    /**
     * @param trailKey    the HMAC key, or null to check without MACs (an auditor without the key)
     * @param head        the stored head, or null when it is not known
     * @param signedHeads the signed heads to check the trail against
     * @param publicKey   the platform's signing key; heads whose signature it does not verify are reported and
     *                    otherwise ignored
     */
    public TrailCheck(byte[] trailKey, ChainHead head, List<SignedHead> signedHeads, PublicKey publicKey) {
        this.trailKey = trailKey == null ? null : trailKey.clone();
        this.head = head;
        for (SignedHead signed : signedHeads) {
            HeadStatement statement;
            try {
                statement = HeadStatement.parse(signed.statement());
            } catch (IllegalArgumentException unreadable) {
                report(Problem.Kind.SIGNATURE_INVALID, 0, "a signed head cannot be read: " + unreadable.getMessage());
                continue;
            }
            if (publicKey == null || !signed.verifiesWith(publicKey)) {
                report(Problem.Kind.SIGNATURE_INVALID, statement.lastEventId(), "the head signed at "
                        + statement.signedAt() + " does not carry the platform's valid signature");
                continue;
            }
            this.signedHeads.add(signed);
            signedAtPosition.computeIfAbsent(statement.events(), n -> new ArrayList<>()).add(statement);
        }
    }

    public void check(ChainedEvent event) {
        position++;
        if (event.hash() == null) {
            if (previousHash != null) {
                report(Problem.Kind.NOT_LINKED, event.id(), "has no hash, yet events before it have one");
            }
        } else {
            String expected = previousHash == null ? HashChain.START : previousHash;
            if (!expected.equals(event.previousHash())) {
                report(Problem.Kind.NOT_LINKED, event.id(), "does not point to the event before it: an event "
                        + "before it was removed or slipped in");
            }
            if (!event.hash().equals(HashChain.hashOf(event))) {
                report(Problem.Kind.CHANGED, event.id(), "does not match its own hash: its content was changed");
            } else if (trailKey != null && mustCarryMac()
                    && !HashChain.eventMac(trailKey, event.hash()).equals(event.mac())) {
                report(Problem.Kind.FORGED, event.id(), "has no valid MAC: it was written or rewritten without "
                        + "the platform's key");
            }
            previousHash = event.hash();
        }
        compareWithHeads(event);
        lastEventId = event.id();
    }

    public TrailReport finish() {
        if (head != null) {
            if (position < head.events()) {
                report(Problem.Kind.MISSING_AT_END, head.lastEventId(), "the chain's head counts " + head.events()
                        + " events up to this one; the trail holds " + position + ", up to event " + lastEventId);
            }
            if (trailKey != null && !headMacValid()) {
                report(Problem.Kind.FORGED, head.lastEventId(), "the chain's head has no valid MAC: it was set "
                        + "without the platform's key");
            }
        }
        signedAtPosition.forEach((events, statements) -> {
            if (events > position) {
                statements.forEach(signed -> report(Problem.Kind.MISSING_AT_END, signed.lastEventId(),
                        "the head signed at " + signed.signedAt() + " counts " + events + " events up to this one; "
                                + "the trail holds " + position));
            }
        });
        return new TrailReport(position, List.copyOf(problems), problemCount, trailKey != null,
                signedHeads.size());
    }

    /** A head without MAC is only right while no event has been written with the key. */
    private boolean headMacValid() {
        return head.mac() == null ? head.events() <= head.unkeyedEvents()
                : HashChain.headMac(trailKey, head.events(), head.lastEventId(), head.lastHash()).equals(head.mac());
    }

    private boolean mustCarryMac() {
        return head == null || position > head.unkeyedEvents();
    }

    private void compareWithHeads(ChainedEvent event) {
        for (HeadStatement signed : signedAtPosition.getOrDefault(position, List.of())) {
            if (signed.lastEventId() != event.id() || !signed.lastHash().equals(event.hash())) {
                report(Problem.Kind.HEAD_DIFFERS, signed.lastEventId(), "the head signed at "
                        + signed.signedAt() + " names event " + signed.lastEventId() + " as number " + position
                        + " with hash " + signed.lastHash() + "; the trail has event " + event.id() + " there");
            }
        }
        if (head != null && position == head.events()
                && (head.lastEventId() != event.id() || !head.lastHash().equals(event.hash()))) {
            report(Problem.Kind.HEAD_DIFFERS, head.lastEventId(), "the chain's head names event "
                    + head.lastEventId() + " as number " + position + "; the trail has event " + event.id());
        }
        if (head != null && position == head.events() + 1) {
            report(Problem.Kind.NOT_IN_HEAD, event.id(), "is newer than the chain's head: it was added behind "
                    + "the platform's back");
        }
    }

    private void report(Problem.Kind kind, long eventId, String detail) {
        problemCount++;
        if (problems.size() < MAX_LISTED) {
            problems.add(new Problem(kind, eventId, detail));
        }
    }

    /** One thing wrong with the trail, at the event concerned (0 when no event can be named). */
    public record Problem(Kind kind, long eventId, String detail) {

        public enum Kind {
            /** The event's content does not match its hash. */
            CHANGED,
            /** The event or head lacks the MAC only the platform's key makes. */
            FORGED,
            /** The event does not point to the one before it. */
            NOT_LINKED,
            /** The head or a signed head counts events the trail no longer has. */
            MISSING_AT_END,
            /** The head or a signed head names another event or hash at its position. */
            HEAD_DIFFERS,
            /** The event lies beyond the stored head. */
            NOT_IN_HEAD,
            /** A signed head's signature does not verify. */
            SIGNATURE_INVALID
        }

        @Override
        public String toString() {
            return kind + (eventId > 0 ? " at event " + eventId : "") + ": " + detail;
        }
    }

    /** The outcome: how many events were read, what is wrong (the first hundred, and how many in all). */
    public record TrailReport(long events, List<Problem> problems, int problemCount, boolean macsChecked,
                              int signedHeadsChecked) {

        public boolean intact() {
            return problemCount == 0;
        }

        /** The first problem's event, or null while the trail is intact. */
        public Long firstProblemEvent() {
            return problems.isEmpty() ? null : problems.get(0).eventId();
        }
    }
}
