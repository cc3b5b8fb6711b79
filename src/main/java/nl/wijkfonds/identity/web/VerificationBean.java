package nl.wijkfonds.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.SignIn;
import nl.wijkfonds.identity.SignInTicket;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.web.Feedback;

import java.security.Principal;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The link from the registration e-mail. Opening it changes nothing (mail scanners open links too); the button
 * confirms. A person signed in as that account gets their resident role at once.
 */
@Named("verification")
@RequestScoped
public class VerificationBean {

    @Inject
    private AccountService accounts;

    @Inject
    private SignIn signIn;

    @Inject
    private SecurityContext securityContext;

    private String token;

    public String confirm() {
        try {
            String publicId = accounts.verifyEmail(token);
            Principal caller = securityContext.getCallerPrincipal();
            if (caller != null && caller.getName().equals(publicId)) {
                // Pick up the roles that count now the address is verified; the session stays the same.
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                securityContext.authenticate((HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        withParams().credential(new SignInTicket(signIn.renewTicket(publicId))));
                Feedback.doneAfterRedirect("verification.done");
                return "/index?faces-redirect=true";
            }
            Feedback.doneAfterRedirect("verification.doneSignIn");
            return "/login?faces-redirect=true";
        } catch (DomainException refused) {
            Feedback.refused(refused, "verification");
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
