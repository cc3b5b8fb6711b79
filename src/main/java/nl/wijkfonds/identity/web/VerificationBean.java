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

import java.io.IOException;

/**
 * The link from the registration e-mail. Opening it changes nothing (mail scanners open links too); the button
 * confirms. Whoever is signed in on this browser is signed out, so that the next sign-in carries the roles that
 * count now.
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

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
