package nl.wijkfonds.results;

import java.util.Locale;

/** What an override does to the engine's outcome for one plan. */
public enum OverrideKind {
    /** A winner the district cannot carry out (a permit refused, two winners that exclude each other). */
    DROP_WINNER,
    /** A plan the engine did not choose that is carried out after all (in place of a dropped one, say). */
    ADD_PLAN;

    public String messageKey() {
        return "results.override.kind." + name().toLowerCase(Locale.ROOT);
    }
}
