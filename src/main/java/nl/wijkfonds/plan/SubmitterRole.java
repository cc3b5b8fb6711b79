package nl.wijkfonds.plan;

import java.util.Locale;

/** In which capacity someone submits a plan. An organisation also gives its name. */
public enum SubmitterRole {
    RESIDENT, ENTREPRENEUR, ORGANISATION;

    public String messageKey() {
        return "plan.role." + name().toLowerCase(Locale.ROOT);
    }
}
