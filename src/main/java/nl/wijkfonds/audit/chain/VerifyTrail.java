package nl.wijkfonds.audit.chain;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The auditors' command-line check of an exported trail: {@code java -jar wijkfonds-audit-verify.jar
 * [--public-key KEY.pem] [--trail-key KEY] EXPORT.zip}. Runs {@link TrailCheck} on the export, exactly as the
 * platform's own page does: the chain, the stored head and count, every signed head (with the public key given, or
 * the export's own one with a warning), and with the trail key also every MAC. Exit code 0 when the trail is
 * intact, 1 when it is not (each problem on a line, with the event concerned), 2 on bad arguments or input.
 */
public final class VerifyTrail {

    static final String USAGE = """
            usage: java -jar wijkfonds-audit-verify.jar [--public-key KEY.pem] [--trail-key KEY] EXPORT.zip
              --public-key  the platform's published signing key (default: the one inside the export)
              --trail-key   the trail's HMAC key file, if the district gave it to you: also checks every MAC""";

    private VerifyTrail() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path export = null;
        Path publicKeyFile = null;
        Path trailKeyFile = null;
        List<String> rest = new ArrayList<>(List.of(args));
        try {
            while (!rest.isEmpty()) {
                String arg = rest.remove(0);
                switch (arg) {
                    case "--public-key" -> publicKeyFile = Path.of(rest.remove(0));
                    case "--trail-key" -> trailKeyFile = Path.of(rest.remove(0));
                    case "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (arg.startsWith("--") || export != null) {
                            throw new IllegalArgumentException("unknown argument " + arg);
                        }
                        export = Path.of(arg);
                    }
                }
            }
            if (export == null) {
                throw new IllegalArgumentException("no export given");
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException wrong) {
            err.println(wrong.getMessage() == null ? "an option lacks its value" : wrong.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            TrailExport.Contents contents = TrailExport.read(export);
            PublicKey publicKey = Ed25519.fromPem(publicKeyFile == null ? contents.publicKeyPem()
                    : Files.readString(publicKeyFile, StandardCharsets.US_ASCII));
            if (publicKeyFile == null) {
                out.println("Warning: using the signing key inside the export; compare its fingerprint "
                        + Ed25519.fingerprint(publicKey) + " with the one the district publishes.");
            }
            byte[] trailKey = trailKeyFile == null ? null : readTrailKey(trailKeyFile);
            TrailCheck check = new TrailCheck(trailKey, contents.head(), contents.signedHeads(), publicKey);
            contents.events().forEach(check::check);
            TrailCheck.TrailReport report = check.finish();
            print(report, publicKey, out);
            return report.intact() ? 0 : 1;
        } catch (IOException | IllegalArgumentException unreadable) {
            err.println("cannot read: " + unreadable.getMessage());
            return 2;
        }
    }

    /** The trail key as the platform keeps it: base64 text of the key's bytes. */
    public static byte[] readTrailKey(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    private static void print(TrailCheck.TrailReport report, PublicKey publicKey, PrintStream out) {
        out.println("Events checked: " + report.events());
        out.println("Signed heads checked: " + report.signedHeadsChecked() + " (signing key "
                + Ed25519.fingerprint(publicKey) + ")");
        out.println("MACs checked: " + (report.macsChecked() ? "yes" : "no (no trail key given)"));
        if (report.intact()) {
            out.println("The trail is intact.");
            return;
        }
        out.println("The trail is NOT intact: " + report.problemCount() + " problem(s).");
        report.problems().forEach(problem -> out.println("  " + problem));
    }
}
