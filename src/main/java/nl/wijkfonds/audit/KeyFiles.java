package nl.wijkfonds.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The platform's secret keys, each in its own file in the key folder ({@code WIJKFONDS_KEY_DIR}): created at first
 * start, readable by the server's user only (folder 0700, files 0600), never stored in the database. A new file
 * is written aside and moved into place, so that two instances starting together end up with the same key.
 */
public final class KeyFiles {

    static final String TRAIL_KEY = "audit-trail.key";
    static final String SIGNING_KEY = "signing-ed25519.key";
    private static final int SECRET_BYTES = 32;

    private final Path folder;

    public KeyFiles(Path folder) {
        this.folder = folder;
    }

    /** The HMAC key of the audit trail. */
    byte[] trailKey() {
        return secret(TRAIL_KEY);
    }

    /** A secret key of 32 random bytes, kept as base64 text in the named file (other domains' HMAC keys too). */
    public byte[] secret(String name) {
        String text = readOrCreate(name, () -> {
            byte[] key = new byte[SECRET_BYTES];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key) + "\n";
        });
        return Base64.getDecoder().decode(text.strip());
    }

    /** The platform's Ed25519 key pair, kept as two base64 lines: the private key (PKCS#8), the public (X.509). */
    KeyPair signingKey() {
        String[] lines = readOrCreate(SIGNING_KEY, () -> {
            try {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                        + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
            } catch (GeneralSecurityException impossible) {
                throw new IllegalStateException("Java 17 has Ed25519", impossible);
            }
        }).strip().split("\n");
        try {
            KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
            return new KeyPair(
                    ed25519.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[1].strip()))),
                    ed25519.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[0].strip()))));
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException damaged) {
            throw new IllegalStateException("the signing key file " + folder.resolve(SIGNING_KEY)
                    + " is damaged", damaged);
        }
    }

    private String readOrCreate(String name, Supplier<String> newKey) {
        Path file = folder.resolve(name);
        try {
            if (!Files.exists(file)) {
                create(file, newKey.get());
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the key file " + file, e);
        }
    }

    private void create(Path file, String content) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (posix) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        Path aside = posix ? Files.createTempFile(folder, "new-", ".key",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, "new-", ".key");
        try {
            Files.writeString(aside, content, StandardCharsets.US_ASCII);
            Files.move(aside, file);
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            // Its key is the one: this one is thrown away unused.
        } finally {
            Files.deleteIfExists(aside);
        }
    }
}
