package nl.wijkfonds.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wijkfonds.audit.chain.Ed25519;
import nl.wijkfonds.platform.Settings;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * The platform's Ed25519 signing key: signs what the platform vouches for (the audit trail's head; results files
 * too) so that anyone holding the published public key can check it. The private key is read from the key folder
 * ({@code WIJKFONDS_KEY_DIR}, created at first start) and never leaves this class. See docs/audit.md.
 */
@ApplicationScoped
public class Signatures {

    private KeyPair key;

    @PostConstruct
    void load() {
        key = new KeyFiles(Path.of(Settings.keyDirectory())).signingKey();
    }

    /** The Ed25519 signature over exactly these bytes, in base64. */
    public String sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.getPrivate());
            signer.update(data);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Java 17 signs with Ed25519", impossible);
        }
    }

    /** True when the base64 signature is this platform's over exactly these bytes. */
    public boolean verifies(byte[] data, String signature) {
        try {
            return Ed25519.verifies(key.getPublic(), data, Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    public PublicKey publicKey() {
        return key.getPublic();
    }

    /** The public key as PEM text ({@code -----BEGIN PUBLIC KEY-----}), as published for everyone. */
    public String publicKeyPem() {
        return Ed25519.pem(key.getPublic());
    }

    /** The first 16 hex digits of the SHA-256 of the public key: what people compare to know it is this key. */
    public String fingerprint() {
        return Ed25519.fingerprint(key.getPublic());
    }
}
