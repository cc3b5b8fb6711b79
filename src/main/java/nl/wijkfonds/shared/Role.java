package nl.wijkfonds.shared;

import java.util.List;

/** The roles of the platform, as strings because security annotations need constants. */
public final class Role {

    public static final String RESIDENT = "RESIDENT";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    /** The roles an administrator hands out; residents register themselves. */
    public static final List<String> STAFF = List.of(OFFICIAL, AUDITOR, ADMIN);

    private Role() {
    }
}
