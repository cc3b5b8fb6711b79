package nl.wijkfonds.identity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import nl.wijkfonds.shared.Role;

/**
 * How people sign in: our own Faces login page (shown when someone opens a protected page, after which they
 * continue where they were going), checked by {@link SignIn} and admitted by {@link TicketIdentityStore}.
 */
@ApplicationScoped
@DeclareRoles({Role.RESIDENT, Role.OFFICIAL, Role.AUDITOR, Role.ADMIN, Role.ACCOUNT})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {
}
