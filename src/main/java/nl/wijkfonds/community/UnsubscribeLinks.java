package nl.wijkfonds.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.platform.Settings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Links that stop digests without signing in: the account's public id with an HMAC-SHA256 over it under the
 * server's key (made once, kept in {@code community_key}). Only the server can make a token, so a forged or
 * altered link is refused; the link reveals nothing but the public id.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    private static final String PURPOSE = "digest-stop:";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    /** The address of the stop page for this account. */
    String link(String publicId) {
        return Settings.baseUrl() + "digest/stop?account=" + URLEncoder.encode(publicId, StandardCharsets.UTF_8)
                + "&token=" + token(publicId);
    }

    /** Whether {@code token} is the server's signature of {@code publicId}, compared in constant time. */
    boolean isGenuine(String publicId, String token) {
        if (publicId == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(token(publicId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private String token(String publicId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal((PURPOSE + publicId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** The key; the first caller makes it, and the primary key lets only one of concurrent first callers win. */
    private byte[] key() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("insert ignore into community_key (id, secret) values (1, ?)").setParameter(1, fresh)
                .executeUpdate();
        return (byte[]) em.createNativeQuery("select secret from community_key where id = 1").getSingleResult();
    }
}
