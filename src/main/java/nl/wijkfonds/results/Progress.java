package nl.wijkfonds.results;

import java.util.Locale;

/** How far the carrying out of a winning plan has come. */
public enum Progress {
    PLANNED, IN_PROGRESS, DONE;

    public String messageKey() {
        return "results.progress." + name().toLowerCase(Locale.ROOT);
    }
}
