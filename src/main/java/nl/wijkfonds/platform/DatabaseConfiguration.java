package nl.wijkfonds.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** Declares the application's connection pool; the connection settings come from {@link Settings}. */
@Singleton
@DataSourceDefinition(
        name = DatabaseConfiguration.JNDI_NAME,
        className = "nl.wijkfonds.platform.WijkfondsDataSource",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
public class DatabaseConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/wijkfonds";
}
