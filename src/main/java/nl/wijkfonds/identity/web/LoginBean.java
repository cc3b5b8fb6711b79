package nl.wijkfonds.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.shared.Violation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;
import org.omnifaces.cdi.Param;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** Signing in (then on to the page the person was going to) and out. */
@Named("login")
@RequestScoped
public class LoginBean {

    /** A page of this application: one leading slash, no scheme or host, so {@code next} cannot lead elsewhere. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/(?![/\\\\])[\\w\\-./?=&%:;,+~]*");

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LanguageBean language;

    @Inject
    @Param
    private String next;

    private String email;
    private String password;

    public void signIn() throws IOException {
        List<Violation> missing = new ArrayList<>();
        if (email == null || email.isBlank()) {
            missing.add(new Violation("email", "validation.required"));
        }
        if (password == null || password.isEmpty()) {
            missing.add(new Violation("password", "validation.required"));
        }
        if (!missing.isEmpty()) {
            Feedback.show(missing);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(
                        email.strip().toLowerCase(Locale.ROOT), password)));
        if (status == AuthenticationStatus.SUCCESS) {
            // A fresh session id at sign-in, so an id planted before cannot ride along (session fixation).
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + destination());
        } else {
            Feedback.error("login.failed");
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String tag = language.getTag();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        // The language lived in the session; the next page keeps it.
        external.redirect(external.getRequestContextPath() + "/?lang=" + tag);
    }

    private String destination() {
        return next != null && LOCAL_PAGE.matcher(next).matches() ? next : "/";
    }

    public String getNext() {
        return next;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
