package nl.wijkfonds.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A head statement's text and the platform's Ed25519 signature over it (base64), as stored and published. */
public record SignedHead(String statement, String signature) {

    /** One line of the published file and the export: {@code {"statement":"...","signature":"..."}}. */
    public String json() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("statement", statement);
        fields.put("signature", signature);
        return FlatJson.write(fields);
    }

    public static SignedHead fromJson(String line) {
        Map<String, String> fields = FlatJson.read(line);
        return new SignedHead(fields.get("statement"), fields.get("signature"));
    }

    public boolean verifiesWith(PublicKey key) {
        try {
            return Ed25519.verifies(key, statement.getBytes(StandardCharsets.UTF_8),
                    Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
