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
        return Math.max(0, number("WIJKFONDS_DEMO_PLANS", 0));
    }

    /** The address people reach the platform at, for links in e-mails; never taken from a request's Host header. */
    public static String baseUrl() {
        String url = value("WIJKFONDS_BASE_URL", "http://localhost:8080");
        return url.endsWith("/") ? url : url + "/";
    }

    public static String smtpHost() {
        return value("WIJKFONDS_SMTP_HOST", "localhost");
    }

    public static int smtpPort() {
        return number("WIJKFONDS_SMTP_PORT", 25);
    }

    /** SMTP user name; null for a server that needs no sign-in. */
    public static String smtpUser() {
        return value("WIJKFONDS_SMTP_USER", null);
    }

    public static String smtpPassword() {
        return value("WIJKFONDS_SMTP_PASSWORD", "");
    }

    /** Requires STARTTLS towards the SMTP server (set it for any server outside this machine). */
    public static boolean smtpStartTls() {
        return Boolean.parseBoolean(value("WIJKFONDS_SMTP_STARTTLS", "false"));
    }

    public static String mailFrom() {
        return value("WIJKFONDS_MAIL_FROM", "Wijkfonds <noreply@wijkfonds.nl>");
    }

    /** How often the outbox looks for messages that are due (new ones are also sent right after their commit). */
    public static int mailPollSeconds() {
        return Math.max(1, number("WIJKFONDS_MAIL_POLL_SECONDS", 10));
    }

    /** Marks the session cookie {@code Secure}: set it whenever the platform is reached over HTTPS. */
    public static boolean secureCookies() {
        return Boolean.parseBoolean(value("WIJKFONDS_SECURE_COOKIES", "false"));
    }

    /** Minutes without a request after which a session ends. */
    public static int sessionIdleMinutes() {
        return Math.max(1, number("WIJKFONDS_SESSION_IDLE_MINUTES", 30));
    }

    /** Hours after sign-in after which a session ends however active it is. */
    public static int sessionMaxHours() {
        return Math.max(1, number("WIJKFONDS_SESSION_MAX_HOURS", 12));
    }

    private static int number(String name, int fallback) {
        try {
            return Integer.parseInt(value(name, String.valueOf(fallback)).strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
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
