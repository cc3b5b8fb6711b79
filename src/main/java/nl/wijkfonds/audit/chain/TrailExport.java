package nl.wijkfonds.audit.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The auditors' export of the trail: a zip with {@value #EVENTS} (one event per line, every field the chain
 * covers), {@value #HEAD} (the stored head), {@value #SIGNED_HEADS} (every signed head: statement and signature)
 * and {@value #PUBLIC_KEY} (the platform's signing key), plus a short read-me. Written event by event, so an
 * export of any length takes little memory.
 */
public final class TrailExport {

    public static final String EVENTS = "events.jsonl";
    public static final String HEAD = "chain-head.json";
    public static final String SIGNED_HEADS = "signed-heads.jsonl";
    public static final String PUBLIC_KEY = "public-key.pem";
    static final String README = "README.txt";

    private TrailExport() {
    }

    /** Writes an export: events first, as they come, then {@link #finish}. */
    public static final class Writer {

        private final ZipOutputStream zip;

        public Writer(OutputStream out) throws IOException {
            zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(EVENTS));
        }

        public void event(ChainedEvent event) throws IOException {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", event.id());
            fields.put("occurredAt", event.occurredAt());
            fields.put("actor", event.actor());
            fields.put("action", event.action());
            fields.put("subjectType", event.subjectType());
            fields.put("subjectId", event.subjectId());
            fields.put("before", event.before());
            fields.put("after", event.after());
            fields.put("previousHash", event.previousHash());
            fields.put("hash", event.hash());
            fields.put("mac", event.mac());
            line(FlatJson.write(fields));
        }

        public void finish(ChainHead head, List<SignedHead> signedHeads, PublicKey publicKey) throws IOException {
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(HEAD));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("events", head.events());
            fields.put("lastEventId", head.lastEventId());
            fields.put("lastHash", head.lastHash());
            fields.put("mac", head.mac());
            fields.put("unkeyedEvents", head.unkeyedEvents());
            line(FlatJson.write(fields));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SIGNED_HEADS));
            for (SignedHead signed : signedHeads) {
                line(signed.json());
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(PUBLIC_KEY));
            zip.write(Ed25519.pem(publicKey).getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(README));
            zip.write(readMe(publicKey).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
        }

        private void line(String json) throws IOException {
            zip.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        }

        private static String readMe(PublicKey key) {
            return """
                    Wijkfonds audit trail export.
                    Check it with: java -jar wijkfonds-audit-verify.jar --public-key <the published key> <this zip>
                    (add --trail-key <key file> if you were given the trail key). See docs/audit.md.
                    Fingerprint of the signing key in this export: %s
                    Compare it with the key the district publishes before you trust the signatures.
                    """.formatted(Ed25519.fingerprint(key));
        }
    }

    /** An export as read back. */
    public record Contents(List<ChainedEvent> events, ChainHead head, List<SignedHead> signedHeads,
                           String publicKeyPem) {
    }

    public static Contents read(Path zipFile) throws IOException {
        try (InputStream in = Files.newInputStream(zipFile)) {
            return read(in);
        }
    }

    public static Contents read(InputStream in) throws IOException {
        List<ChainedEvent> events = new ArrayList<>();
        List<SignedHead> signedHeads = new ArrayList<>();
        ChainHead head = null;
        String publicKey = null;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                switch (entry.getName()) {
                    case EVENTS -> lines(zip).forEach(line -> events.add(event(FlatJson.read(line))));
                    case HEAD -> head = head(FlatJson.read(String.join("", lines(zip))));
                    case SIGNED_HEADS -> lines(zip).forEach(line -> signedHeads.add(SignedHead.fromJson(line)));
                    case PUBLIC_KEY -> publicKey = new String(zip.readAllBytes(), StandardCharsets.US_ASCII);
                    default -> {
                        // The read-me and anything an auditor added are not part of the proof.
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            throw new IOException("not a Wijkfonds audit export: " + malformed.getMessage(), malformed);
        }
        if (head == null || publicKey == null) {
            throw new IOException("not a Wijkfonds audit export: " + HEAD + " or " + PUBLIC_KEY + " is missing");
        }
        return new Contents(events, head, signedHeads, publicKey);
    }

    private static List<String> lines(InputStream entry) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(entry, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank()).toList();
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static ChainedEvent event(Map<String, String> f) {
        return new ChainedEvent(Long.parseLong(f.get("id")), f.get("occurredAt"), f.get("actor"), f.get("action"),
                f.get("subjectType"), f.get("subjectId"), f.get("before"), f.get("after"), f.get("previousHash"),
                f.get("hash"), f.get("mac"));
    }

    private static ChainHead head(Map<String, String> f) {
        return new ChainHead(Long.parseLong(f.get("events")), Long.parseLong(f.get("lastEventId")),
                f.get("lastHash"), f.get("mac"), Long.parseLong(f.get("unkeyedEvents")));
    }
}
