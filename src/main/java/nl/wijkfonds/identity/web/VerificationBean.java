package nl.wijkfonds.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.SessionRegistry;
import nl.wijkfonds.shared.Role;

import java.io.IOException;

/**
 * The link from the registration e-mail. Opening it changes nothing (mail scanners open links too); the button
 * confirms. Whoever is signed in on this browser is signed out, so that the next sign-in carries the roles that
 * count now. Until then, every page reminds a signed-in person without a role that their address is unverified.
 */
@Named("verification")
@RequestScoped
public class VerificationBean {

    @Inject
    private AccountService accounts;

    @Inject
    private SessionRegistry sessions;

    private String token;

    public void confirm() throws IOException, ServletException {
        accounts.verifyEmail(token);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            Object key = request.getSession().getAttribute(SessionGuard.KEY);
            if (key != null) {
                sessions.end((String) key);
            }
            request.logout();
            external.invalidateSession();
        }
        external.redirect(external.getRequestContextPath() + SignInMechanism.LOGIN_PAGE + "?verified=true");
    }

    /** Signed in, but holding none of the roles, which count only once the e-mail address is verified. */
    public boolean isPending() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getUserPrincipal() != null && Role.ALL.stream().noneMatch(external::isUserInRole);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
