package nl.wijkfonds.audit.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The auditors' command-line verifier reads an export and says whether the trail is intact, and where not. */
class VerifyTrailTest {

    @TempDir
    Path folder;

    @Test
    void intactExportVerifiesWithThePublicKeyAlone() throws IOException {
        Trail trail = Trail.of(4).sign("round 1: REVIEW").append("plan.submitted", "{\"t\":\"Bankje\"}").sign("export");
        Path export = export(trail);
        Path key = Files.writeString(folder.resolve("key.pem"), Ed25519.pem(Trail.SIGNING.getPublic()));

        Result result = run("--public-key", key.toString(), export.toString());
        assertEquals(0, result.code, result.out);
        assertTrue(result.out.contains("Events checked: 5"), result.out);
        assertTrue(result.out.contains("Signed heads checked: 2"), result.out);
        assertTrue(result.out.contains("MACs checked: no"), result.out);
        assertTrue(result.out.contains("The trail is intact."), result.out);
    }

    @Test
    void withTheTrailKeyItFindsAnEventForgedWithAPlainHash() throws IOException {
        Trail trail = Trail.of(3);
        ChainHead head = trail.head();
        trail.events.add(Trail.unkeyed(4, "plan.submitted", "{}", trail.lastHash()));
        Path export = export(trail, head);
        Path trailKey = Files.writeString(folder.resolve("audit-trail.key"),
                Base64.getEncoder().encodeToString(Trail.KEY) + "\n");

        Result withoutKey = run(export.toString());
        assertEquals(1, withoutKey.code, withoutKey.out);
        assertTrue(withoutKey.out.contains("NOT_IN_HEAD at event 4"), withoutKey.out);
        assertTrue(withoutKey.out.contains("Warning: using the signing key inside the export"), withoutKey.out);

        Result withKey = run("--trail-key", trailKey.toString(), export.toString());
        assertEquals(1, withKey.code);
        assertTrue(withKey.out.contains("FORGED at event 4"), withKey.out);
    }

    @Test
    void changedRowInTheExportIsReportedWithItsEvent() throws IOException {
        Trail trail = Trail.of(4).sign("daily");
        ChainedEvent e = trail.events.get(1);
        trail.events.set(1, new ChainedEvent(e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(),
                e.subjectId(), e.before(), "{\"step\":\"anders\"}", e.previousHash(), e.hash(), e.mac()));
        Result result = run(export(trail).toString());
        assertEquals(1, result.code);
        assertTrue(result.out.contains("CHANGED at event 2"), result.out);
    }

    @Test
    void badArgumentsOrAFileThatIsNoExportGiveExitCodeTwo() throws IOException {
        assertEquals(2, run().code);
        assertEquals(2, run("--public-key").code);
        assertEquals(2, run("--what", "x.zip").code);
        Path notAnExport = Files.writeString(folder.resolve("x.zip"), "no zip");
        assertEquals(2, run(notAnExport.toString()).code);
    }

    @Test
    void exportLinesSurviveEveryCharacterAStateMayHold() {
        String awkward = "{\"t\":\"Bankje \\\"Oost\\\"\\n€ 1.250,50\\ttab\\u0001\"}";
        assertEquals(Map.of("after", awkward, "n", "12", "none", "null-text"),
                Map.copyOf(FlatJson.read(FlatJson.write(new java.util.LinkedHashMap<>(Map.of("after", awkward,
                        "n", 12L, "none", "null-text"))))));
        assertEquals(null, FlatJson.read("{\"before\":null}").get("before"));
    }

    private Path export(Trail trail) throws IOException {
        return export(trail, trail.head());
    }

    private Path export(Trail trail, ChainHead head) throws IOException {
        Path file = folder.resolve("export-" + System.nanoTime() + ".zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            TrailExport.Writer writer = new TrailExport.Writer(out);
            for (ChainedEvent event : trail.events) {
                writer.event(event);
            }
            writer.finish(head, trail.signedHeads, Trail.SIGNING.getPublic());
        }
        return file;
    }

    private record Result(int code, String out) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VerifyTrail.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }
}
