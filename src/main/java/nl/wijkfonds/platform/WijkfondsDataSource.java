package nl.wijkfonds.platform;

import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * The MariaDB data source behind the container's pool, configured from the environment: the application's own
 * account, which may not create databases (with an owner account of its own, whoever created the accounts created
 * the database too, see {@code payara/db-accounts.sh}).
 *
 * <p>Payara instantiates this class by name (see {@link DatabaseConfiguration}); reading the settings here lets an
 * empty password (MariaDB's local default) work, which annotation placeholders cannot express.
 */
public class WijkfondsDataSource extends MariaDbDataSource {

    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)([?&])createDatabaseIfNotExist=[^&]*&?");

    public WijkfondsDataSource() throws SQLException {
        super(Settings.separateDatabaseOwner() ? withoutCreatingTheDatabase(Settings.databaseUrl())
                : Settings.databaseUrl());
        setUser(Settings.databaseUser());
        setPassword(Settings.databasePassword());
    }

    /** The owner's connection: the account that migrates the schema and grants the application its rights. */
    static MariaDbDataSource owner() throws SQLException {
        MariaDbDataSource owner = new MariaDbDataSource(Settings.databaseUrl());
        owner.setUser(Settings.databaseOwnerUser());
        owner.setPassword(Settings.databaseOwnerPassword());
        return owner;
    }

    /** The URL without {@code createDatabaseIfNotExist}: MariaDB refuses even "if not exists" without the right. */
    public static String withoutCreatingTheDatabase(String url) {
        String stripped = CREATE_DATABASE.matcher(url).replaceAll("$1");
        return stripped.replaceAll("[?&]$", "");
    }
}
