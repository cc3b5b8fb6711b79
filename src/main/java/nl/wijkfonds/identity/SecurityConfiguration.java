package nl.wijkfonds.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import nl.wijkfonds.platform.DatabaseConfiguration;
import nl.wijkfonds.shared.Role;

/**
 * Who may sign in: accounts in our own database with PBKDF2 password hashes. How they sign in is
 * {@link nl.wijkfonds.identity.web.SignInMechanism}: our own login page, after which they continue where they were going.
 */
@ApplicationScoped
@DeclareRoles({Role.RESIDENT, Role.OFFICIAL, Role.AUDITOR, Role.ADMIN})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseConfiguration.JNDI_NAME,
        callerQuery = "select password_hash from account where email = ? and enabled = true",
        groupsQuery = "select r.role from account_role r join account a on a.id = r.account_id where a.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE})
public class SecurityConfiguration {
}
