package nl.wijkfonds.results;

import java.util.Locale;

/** An override takes effect only once a second official confirms it; they may also reject it, with a note. */
public enum OverrideState {
    PROPOSED, CONFIRMED, REJECTED;

    public String messageKey() {
        return "results.override.state." + name().toLowerCase(Locale.ROOT);
    }
}
