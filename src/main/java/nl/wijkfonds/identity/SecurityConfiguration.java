package nl.wijkfonds.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wijkfonds.shared.Role;

/**
 * Who may sign in: {@link TicketIdentityStore}, the only identity store, admits a caller once {@link SignIn} has
 * checked everything. How they sign in is {@link nl.wijkfonds.identity.web.SignInMechanism}: our own login page,
 * after which they continue where they were going.
 */
@ApplicationScoped
@DeclareRoles({Role.RESIDENT, Role.OFFICIAL, Role.AUDITOR, Role.ADMIN, Role.ACCOUNT})
public class SecurityConfiguration {
}
