package nl.wijkfonds.shared;

import java.util.List;

/** The roles of the platform, as strings because security annotations need constants. */
public final class Role {

    public static final String RESIDENT = "RESIDENT";
    public static final String OFFICIAL = "OFFICIAL";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    /** Enters paper ballots for voters at a library or information point; a second assistant confirms each. */
    public static final String ASSISTANT = "ASSISTANT";

    /**
     * Every signed-in account, verified or not: for the person's own account pages. Not stored; the identity store
     * adds it. The other roles count only once the e-mail address is verified.
     */
    public static final String ACCOUNT = "ACCOUNT";

    /** The roles an administrator hands out; residents register themselves. */
    public static final List<String> STAFF = List.of(OFFICIAL, AUDITOR, ADMIN, ASSISTANT);

    /** Every role an account can hold. */
    public static final List<String> ALL = List.of(RESIDENT, OFFICIAL, AUDITOR, ADMIN, ASSISTANT);

    private Role() {
    }
}
