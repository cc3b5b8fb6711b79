package nl.wijkfonds.audit.chain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the platform signs about its audit trail at a moment: at that time the trail held {@code events} events,
 * the newest being {@code lastEventId} with hash {@code lastHash}. The signed bytes are {@link #text()} in UTF-8,
 * plain lines anyone can read and check with any Ed25519 tool (see docs/audit.md).
 */
public record HeadStatement(String platform, String signedAt, String occasion, long events, long lastEventId,
                            String lastHash) {

    static final String TITLE = "Wijkfonds audit trail head";

    public String text() {
        return TITLE + "\n"
                + "platform: " + platform + "\n"
                + "signed-at: " + signedAt + "\n"
                + "occasion: " + occasion + "\n"
                + "events: " + events + "\n"
                + "last-event: " + lastEventId + "\n"
                + "last-hash: " + lastHash + "\n";
    }

    /** Reads a statement's text; refuses anything that is not exactly what {@link #text()} writes. */
    public static HeadStatement parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length != 8 || !lines[0].equals(TITLE) || !lines[7].isEmpty()) {
            throw new IllegalArgumentException("not a head statement");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < 7; i++) {
            int colon = lines[i].indexOf(": ");
            if (colon < 0) {
                throw new IllegalArgumentException("not a head statement line: " + lines[i]);
            }
            fields.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
        }
        try {
            HeadStatement statement = new HeadStatement(fields.get("platform"), fields.get("signed-at"),
                    fields.get("occasion"), Long.parseLong(fields.get("events")),
                    Long.parseLong(fields.get("last-event")), fields.get("last-hash"));
            if (!statement.text().equals(text)) {
                throw new IllegalArgumentException("not a head statement in its one form");
            }
            return statement;
        } catch (NumberFormatException | NullPointerException malformed) {
            throw new IllegalArgumentException("not a head statement", malformed);
        }
    }
}
