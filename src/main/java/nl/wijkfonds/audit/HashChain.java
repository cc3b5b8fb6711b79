package nl.wijkfonds.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * How audit events are chained: an event's hash is the SHA-256 of its fields and the previous event's hash. Each
 * field is written as its length in UTF-8 bytes, a colon and the bytes, so no two different events can encode the
 * same; a missing field is written as "-". An auditor can recompute this from the exported events with any SHA-256
 * tool.
 */
public final class HashChain {

    /** The previous hash of the first event in the chain. */
    public static final String START = "0".repeat(64);

    private HashChain() {
    }

    static String hashOf(AuditEvent event) {
        MessageDigest sha256 = sha256();
        for (String field : List.of(event.getPreviousHash(),
                event.getOccurredAt().toString(), event.getActor(),
                event.getAction(), event.getSubjectType(), event.getSubjectId(),
                Objects.toString(event.getBeforeState(), "-"), Objects.toString(event.getAfterState(), "-"))) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Checks events fed in the order they were written: each must point to the hash of the one before (the first to
     * {@link #START}) and carry the hash of its own content. Events from before the chain existed (no hash) may only
     * come first.
     */
    static final class Verifier {

        private String previous;
        private Long firstBreak;
        private int events;

        void check(AuditEvent event) {
            events++;
            if (firstBreak != null) {
                return;
            }
            if (event.getHash() == null) {
                if (previous != null) {
                    firstBreak = event.getId();
                }
                return;
            }
            String expected = previous == null ? START : previous;
            if (!expected.equals(event.getPreviousHash()) || !event.getHash().equals(hashOf(event))) {
                firstBreak = event.getId();
            }
            previous = event.getHash();
        }

        int events() {
            return events;
        }

        /** The id of the first event that breaks the chain, or null while it is intact. */
        Long firstBreak() {
            return firstBreak;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
