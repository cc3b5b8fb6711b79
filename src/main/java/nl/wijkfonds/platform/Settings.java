package nl.wijkfonds.platform;

import java.net.URI;

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

    /** The application's own database account: only the rights it needs (see {@code SchemaMigration}). */
    public static String databaseUser() {
        return value("WIJKFONDS_DB_USER", "root");
    }

    public static String databasePassword() {
        return value("WIJKFONDS_DB_PASSWORD", "");
    }

    /**
     * The account that owns the schema and runs the migrations. Without it the application migrates with its own
     * account, which then needs every right (and could rewrite the audit trail): for a developer's machine only.
     */
    public static String databaseOwnerUser() {
        return value("WIJKFONDS_DB_OWNER_USER", databaseUser());
    }

    public static String databaseOwnerPassword() {
        return separateDatabaseOwner() ? value("WIJKFONDS_DB_OWNER_PASSWORD", "") : databasePassword();
    }

    /** True when the migrations run as an account of their own, as they should in production. */
    public static boolean separateDatabaseOwner() {
        return !databaseOwnerUser().equals(databaseUser());
    }

    /**
     * The folder with the platform's secret keys (the audit trail's HMAC key, the Ed25519 signing key), outside the
     * database so that someone who can write the database cannot forge the trail. Created at first start, readable
     * by the server's own user only.
     */
    public static String keyDirectory() {
        return value("WIJKFONDS_KEY_DIR", System.getProperty("user.home") + "/.wijkfonds/keys");
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
    /** How often the platform carries out the rounds' retention periods (a day by default). */
    public static int retentionCheckSeconds() {
        return Math.max(1, number("WIJKFONDS_RETENTION_CHECK_SECONDS", 24 * 60 * 60));
    }

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

    /**
     * The map tiles' address template (Leaflet's {z}/{x}/{y}); by default the Dutch government's background map
     * (PDOK BRT-Achtergrondkaart, standard style, web mercator).
     */
    public static String mapTiles() {
        return value("WIJKFONDS_MAP_TILES",
                "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png");
    }

    /** The tile server's origin (scheme and host), which the content security policy allows images from. */
    public static String mapTileOrigin() {
        URI tiles = URI.create(mapTiles().replaceAll("[{}]", ""));
        return tiles.getScheme() + "://" + tiles.getAuthority();
    }

    /** The hour (0-23, Amsterdam time) at which the daily digests of plan activity go out. */
    public static int digestHour() {
        return Math.min(23, Math.max(0, number("WIJKFONDS_DIGEST_HOUR", 7)));
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
