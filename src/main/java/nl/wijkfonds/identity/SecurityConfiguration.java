package nl.wijkfonds.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import nl.wijkfonds.platform.DatabaseConfiguration;
import nl.wijkfonds.shared.Role;

/**
 * Who may sign in and how: accounts in our own database, PBKDF2 password hashes, and our own Faces login page
 * (shown when someone opens a protected page, after which they continue where they were going).
 */
@ApplicationScoped
@DeclareRoles({Role.RESIDENT, Role.OFFICIAL, Role.AUDITOR, Role.ADMIN})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseConfiguration.JNDI_NAME,
        callerQuery = "select password_hash from account where email = ? and enabled = true",
        groupsQuery = "select r.role from account_role r join account a on a.id = r.account_id where a.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE})
public class SecurityConfiguration {
}
