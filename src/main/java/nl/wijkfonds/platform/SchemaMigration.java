package nl.wijkfonds.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at startup from the SQL files in the top-level {@code sql/} folder (packed into the
 * WAR as {@code db/migration}), as the database's owner account; then grants the application's own account, per
 * table, only the rights the migrations declare for it ({@link ApplicationPrivileges}). Those files are the schema's
 * only source: JPA never generates tables.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource application;

    @PostConstruct
    void migrate() {
        try {
            DataSource owner = WijkfondsDataSource.owner();
            Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    // Migration numbers are handed out to work done side by side, so a lower one may land later.
                    .outOfOrder(true)
                    .cleanDisabled(!Settings.resetDatabase())
                    .load();
            if (Settings.resetDatabase()) {
                LOG.warning("WIJKFONDS_DB_RESET is set: wiping the database before migrating");
                flyway.clean();
            }
            int applied = flyway.migrate().migrationsExecuted;
            LOG.info(() -> "Schema up to date; migrations applied now: " + applied);
            if (Settings.separateDatabaseOwner()) {
                try (Connection asOwner = owner.getConnection(); Connection asApplication = application.getConnection()) {
                    new ApplicationPrivileges(asOwner, flyway.getConfiguration().getTable())
                            .grantTo(ApplicationPrivileges.accountOf(asApplication));
                }
            } else {
                LOG.warning("WIJKFONDS_DB_OWNER_USER is not set: the application runs with the owner's rights, so "
                        + "whoever holds its password can rewrite the audit trail. Fine on a developer's machine only.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the database", e);
        }
    }
}
