package nl.wijkfonds.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at startup from the SQL files in the top-level {@code sql/} folder (packed into the
 * WAR as {@code db/migration}). Those files are the schema's only source: JPA never generates tables.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(!Settings.resetDatabase())
                .load();
        if (Settings.resetDatabase()) {
            LOG.warning("WIJKFONDS_DB_RESET is set: wiping the database before migrating");
            flyway.clean();
        }
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Schema up to date; migrations applied now: " + applied);
    }
}
