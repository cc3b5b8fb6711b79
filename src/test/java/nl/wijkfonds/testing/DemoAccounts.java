package nl.wijkfonds.testing;

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

    private DemoAccounts() {
    }
}
