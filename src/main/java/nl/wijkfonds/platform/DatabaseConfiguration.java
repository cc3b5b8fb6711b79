package nl.wijkfonds.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's connection pool; the connection settings come from {@link Settings}.
 *
 * <p>A pooled connection is checked with a ping ({@code Connection.isValid}) at most every few seconds, and one that
 * fails empties the whole pool: after MariaDB restarts, every connection the pool holds is dead, and the pool must
 * notice by itself (the earlier "meta-data" check never asked the server, so the platform answered 500 until it was
 * restarted). Checking at most every few seconds keeps the ping off the busy cast path.
 */
@Singleton
@DataSourceDefinition(
        name = DatabaseConfiguration.JNDI_NAME,
        className = "nl.wijkfonds.platform.WijkfondsDataSource",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=" + DatabaseConfiguration.CHECK_SECONDS,
                "fish.payara.fail-all-connections=true"})
public class DatabaseConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/wijkfonds";

    /** At most this long after MariaDB comes back, the pool has noticed and reconnected. */
    public static final int CHECK_SECONDS = 5;
}
