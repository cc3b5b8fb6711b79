package nl.wijkfonds.voting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wijkfonds.audit.KeyFiles;
import nl.wijkfonds.platform.Settings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The key under which voting codes are stored: an HMAC-SHA256 of round and code. The key lives in a file in the key
 * directory ({@code WIJKFONDS_KEY_DIR}), never in the database, so that a copy of the database cannot be searched
 * for codes (10^12 of them are few enough to try all against a plain hash). Made at the first start.
 */
@ApplicationScoped
public class VotingKey {

    static final String FILE = "voting-codes.key";

    private SecretKeySpec key;

    @PostConstruct
    void load() {
        key = new SecretKeySpec(new KeyFiles(Path.of(Settings.keyDirectory())).secret(FILE), "HmacSHA256");
    }

    /** The stored form of a round's voting code (64 hex characters). */
    public String hash(long roundId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((roundId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
