package nl.wijkfonds.platform;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The MariaDB data source behind the container's pool, configured from the environment: the application's own
 * account, which may not create databases (with an owner account of its own, whoever created the accounts created
 * the database too, see {@code payara/db-accounts.sh}).
 *
 * <p>Payara instantiates this class by name (see {@link DatabaseConfiguration}); reading the settings here lets an
 * empty password (MariaDB's local default) work, which annotation placeholders cannot express.
 *
 * <p>It is a plain {@link DataSource} on purpose, not MariaDB's XA data source: Payara gives a pool XA transactions
 * whenever the class offers them, and every transaction then costs an XA prepare and commit, each flushed to disk.
 * The application has one database and nothing else that takes part in a transaction, so local transactions are
 * exactly as safe; a cast vote took about four times as long with XA (docs/voting.md).
 */
public class WijkfondsDataSource implements DataSource {

    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)([?&])createDatabaseIfNotExist=[^&]*&?");

    private final MariaDbDataSource mariaDb;

    public WijkfondsDataSource() throws SQLException {
        mariaDb = new MariaDbDataSource(Settings.separateDatabaseOwner()
                ? withoutCreatingTheDatabase(Settings.databaseUrl()) : Settings.databaseUrl());
        mariaDb.setUser(Settings.databaseUser());
        mariaDb.setPassword(Settings.databasePassword());
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

    @Override
    public Connection getConnection() throws SQLException {
        return mariaDb.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return mariaDb.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return mariaDb.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        mariaDb.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        mariaDb.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return mariaDb.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return mariaDb.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return mariaDb.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || mariaDb.isWrapperFor(type);
    }
}
