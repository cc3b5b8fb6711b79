package nl.wijkfonds.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import nl.wijkfonds.platform.Settings;

import java.util.logging.Logger;
import nl.wijkfonds.shared.Role;

/**
 * A new installation has no one who may create staff accounts. With {@code WIJKFONDS_ADMIN_EMAIL} and
 * {@code WIJKFONDS_ADMIN_PASSWORD} set, this creates that first administrator at startup, once: only while no
 * administrator exists.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private AccountService accounts;

    @PostConstruct
    void createWhenMissing() {
        String email = Settings.firstAdministratorEmail();
        String password = Settings.firstAdministratorPassword();
        if (email == null || password == null || accounts.anyAccountHasRole(Role.ADMIN)) {
            return;
        }
        accounts.createBySystem(new NewAccount(email, "Beheerder", password), Role.ADMIN);
        LOG.info(() -> "First administrator created: " + email);
    }
}
