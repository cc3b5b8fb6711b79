package nl.wijkfonds.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A trail built as the platform builds it, to tamper with as an insider would. */
final class Trail {

    static final byte[] KEY = "a trail key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII);
    static final KeyPair SIGNING = signingKey();

    final List<ChainedEvent> events = new ArrayList<>();
    final List<SignedHead> signedHeads = new ArrayList<>();

    static Trail of(int length) {
        Trail trail = new Trail();
        for (int i = 0; i < length; i++) {
            trail.append("round.revised", "{\"step\":" + i + "}");
        }
        return trail;
    }

    /** Appends an event the way the platform does: linked, hashed and keyed. */
    Trail append(String action, String after) {
        events.add(keyed(nextId(), action, after, lastHash()));
        return this;
    }

    /** What someone with write access but without the key can make: a correctly linked plain hash, no valid MAC. */
    static ChainedEvent unkeyed(long id, String action, String after, String previousHash) {
        String occurredAt = Instant.parse("2027-03-01T10:15:30.123456Z").plusSeconds(id).toString();
        String hash = HashChain.hashOf(previousHash, occurredAt, "a1b2c3", action, "round", "1", null, after);
        return new ChainedEvent(id, occurredAt, "a1b2c3", action, "round", "1", null, after, previousHash, hash,
                "0".repeat(64));
    }

    static ChainedEvent keyed(long id, String action, String after, String previousHash) {
        ChainedEvent plain = unkeyed(id, action, after, previousHash);
        return withMac(plain);
    }

    static ChainedEvent withMac(ChainedEvent e) {
        return new ChainedEvent(e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(),
                e.before(), e.after(), e.previousHash(), e.hash(), HashChain.eventMac(KEY, e.hash()));
    }

    ChainHead head() {
        long last = events.isEmpty() ? 0 : events.get(events.size() - 1).id();
        return new ChainHead(events.size(), last, lastHash(), HashChain.headMac(KEY, events.size(), last, lastHash()),
                0);
    }

    /** Signs the head as it stands now, as the platform does at a phase change. */
    Trail sign(String occasion) {
        ChainHead head = head();
        HeadStatement statement = new HeadStatement("https://wijkfonds.example/", "2027-03-02T08:00:00Z", occasion,
                head.events(), head.lastEventId(), head.lastHash());
        signedHeads.add(new SignedHead(statement.text(), signature(statement.text())));
        return this;
    }

    TrailCheck.TrailReport check(byte[] key, ChainHead head) {
        TrailCheck check = new TrailCheck(key, head, signedHeads, SIGNING.getPublic());
        events.forEach(check::check);
        return check.finish();
    }

    long nextId() {
        return events.isEmpty() ? 1 : events.get(events.size() - 1).id() + 1;
    }

    String lastHash() {
        return events.isEmpty() ? HashChain.START : events.get(events.size() - 1).hash();
    }

    static String signature(String text) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(SIGNING.getPrivate());
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static KeyPair signingKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
