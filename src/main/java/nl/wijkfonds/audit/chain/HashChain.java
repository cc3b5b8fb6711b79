package nl.wijkfonds.audit.chain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * How audit events are chained and keyed.
 *
 * <p>An event's {@code hash} is the SHA-256 of the previous event's hash and its own fields, each written as its
 * length in UTF-8 bytes, a colon and the bytes (so no two different events encode the same; a missing state is
 * "-"). Anyone can recompute it from an export with any SHA-256 tool, and the signed heads vouch for it.
 *
 * <p>An event's {@code mac} is HMAC-SHA256 over {@code "event:" + hash} with the platform's trail key, which lives
 * in a file outside the database: someone who can write the database can recompute plain hashes after changing or
 * inserting an event, but not the MACs. The chain's head carries a MAC too, over its count, newest event and hash.
 */
public final class HashChain {

    /** The previous hash of the first event in the chain. */
    public static final String START = "0".repeat(64);

    private HashChain() {
    }

    public static String hashOf(String previousHash, String occurredAt, String actor, String action,
                                String subjectType, String subjectId, String before, String after) {
        MessageDigest sha256 = sha256();
        for (String field : List.of(previousHash, occurredAt, actor, action, subjectType, subjectId,
                Objects.toString(before, "-"), Objects.toString(after, "-"))) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    public static String hashOf(ChainedEvent event) {
        return hashOf(event.previousHash(), event.occurredAt(), event.actor(), event.action(), event.subjectType(),
                event.subjectId(), event.before(), event.after());
    }

    /** The keyed MAC on an event's hash. */
    public static String eventMac(byte[] key, String hash) {
        return hmac(key, "event:" + hash);
    }

    /** The keyed MAC on the chain's head: how many events, the newest one's id (0 for none) and hash. */
    public static String headMac(byte[] key, long events, long lastEventId, String lastHash) {
        return hmac(key, "head:" + events + ":" + lastEventId + ":" + lastHash);
    }

    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256().digest(data));
    }

    private static String hmac(byte[] key, String message) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(message.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", impossible);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
