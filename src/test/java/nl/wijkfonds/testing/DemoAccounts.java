package nl.wijkfonds.testing;

import nl.wijkfonds.identity.Totp;

import java.time.Instant;

/** The demo accounts every test deployment starts with (see {@code DemoData}). */
public final class DemoAccounts {

    public static final String PASSWORD = "wijkfonds-demo";
    public static final String RESIDENT = "bewoner@demo.wijkfonds.nl";
    public static final String OFFICIAL = "ambtenaar@demo.wijkfonds.nl";
    /** Second and third officials: for four eyes and appeals. */
    public static final String OFFICIAL_2 = "ambtenaar2@demo.wijkfonds.nl";
    public static final String OFFICIAL_3 = "ambtenaar3@demo.wijkfonds.nl";
    public static final String AUDITOR = "auditor@demo.wijkfonds.nl";
    public static final String ADMIN = "beheer@demo.wijkfonds.nl";
    public static final String ASSISTANT = "assistent@demo.wijkfonds.nl";
    public static final String ASSISTANT_2 = "assistent2@demo.wijkfonds.nl";
    /** The authenticator secret of the demo staff accounts ({@code DemoData.STAFF_TOTP_SECRET}). */
    public static final String STAFF_TOTP_SECRET = "WIJKFONDSDEMO234WIJKFONDSDEMO234";

    private DemoAccounts() {
    }

    /**
     * A fresh code for a staff account. Each code works once, and tests sign the same demo staff in many times a
     * minute: the account's last used step is cleared first. A real person cannot do that; the replay rule has its
     * own test.
     */
    public static String currentCode(String email, String secret) {
        TestDatabase.execute("update account set totp_last_step = null where email = ?", email);
        return Totp.code(secret, Totp.step(Instant.now()));
    }
}
