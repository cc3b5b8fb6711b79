package nl.wijkfonds.platform;

/**
 * Deployment settings, read from environment variables (or system properties of the same name) with defaults that
 * fit a developer's machine. Kept in one place so that operators find every knob here and in the README.
 */
public final class Settings {

    private Settings() {
    }

    public static String databaseUrl() {
        return value("WIJKFONDS_DB_URL", "jdbc:mariadb://127.0.0.1:3306/wijkfonds?createDatabaseIfNotExist=true");
    }

    public static String databaseUser() {
        return value("WIJKFONDS_DB_USER", "root");
    }

    public static String databasePassword() {
        return value("WIJKFONDS_DB_PASSWORD", "");
    }

    /** Wipes the schema before migrating: for the integration-test database only. */
    public static boolean resetDatabase() {
        return Boolean.parseBoolean(value("WIJKFONDS_DB_RESET", "false"));
    }

    /** Loads the demo round and demo accounts once, when the database has no accounts yet. */
    public static boolean loadDemoData() {
        return Boolean.parseBoolean(value("WIJKFONDS_DEMO", "false"));
    }

    /** The first administrator's e-mail address, created at startup when no administrator exists; or null. */
    public static String firstAdministratorEmail() {
        return value("WIJKFONDS_ADMIN_EMAIL", null);
    }

    public static String firstAdministratorPassword() {
        return value("WIJKFONDS_ADMIN_PASSWORD", null);
    }

    /** How many demo plans to add to the demo round (0 for none), e.g. 500 to try the gallery at scale. */
    public static int demoPlans() {
        try {
            return Math.max(0, Integer.parseInt(value("WIJKFONDS_DEMO_PLANS", "0").strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String value(String name, String fallback) {
        String fromProperty = System.getProperty(name);
        if (fromProperty != null) {
            return fromProperty;
        }
        String fromEnvironment = System.getenv(name);
        return fromEnvironment != null ? fromEnvironment : fallback;
    }
}
