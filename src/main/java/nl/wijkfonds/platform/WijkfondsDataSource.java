package nl.wijkfonds.platform;

import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;

/**
 * The MariaDB data source behind the container's pool, configured from the environment.
 *
 * <p>Payara instantiates this class by name (see {@link DatabaseConfiguration}); reading the settings here lets an
 * empty password (MariaDB's local default) work, which annotation placeholders cannot express.
 */
public class WijkfondsDataSource extends MariaDbDataSource {

    public WijkfondsDataSource() throws SQLException {
        super(Settings.databaseUrl());
        setUser(Settings.databaseUser());
        setPassword(Settings.databasePassword());
    }
}
