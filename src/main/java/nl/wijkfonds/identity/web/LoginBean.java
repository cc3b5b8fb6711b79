package nl.wijkfonds.identity.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.wijkfonds.identity.QrCode;
import nl.wijkfonds.identity.SecurityEventKind;
import nl.wijkfonds.identity.SecurityLog;
import nl.wijkfonds.identity.SessionRegistry;
import nl.wijkfonds.identity.SignIn;
import nl.wijkfonds.identity.SignInTicket;
import nl.wijkfonds.identity.Totp;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Violation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;
import org.omnifaces.cdi.Param;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Signing in (then on to the page the person was going to) and out. Password first; staff then type a code from
 * their authenticator app, or enrol one at their first sign-in (QR code, then recovery codes shown once). Holds only
 * the current step's one-time ticket, never the password.
 */
@Named("login")
@ViewScoped
public class LoginBean implements Serializable {

    public enum Stage { PASSWORD, SECOND_FACTOR, ENROL, RECOVERY_CODES }

    /** A page of this application: one leading slash, no scheme or host, so {@code next} cannot lead elsewhere. */
    private static final Pattern LOCAL_PAGE = Pattern.compile("/(?![/\\\\])[\\w\\-./?=&%:;,+~]*");
    private static final String ISSUER = "Wijkfonds";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignIn signIn;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private LanguageBean language;

    @Inject
    @Param
    private String next;

    private Stage stage = Stage.PASSWORD;
    private String email;
    private String password;
    private String code;
    private String ticket;
    private String enrolmentSecret;
    private List<String> recoveryCodes = List.of();
    private SignIn.Step afterRecoveryCodes;

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
        SignIn.Step step = signIn.withPassword(email, password);
        password = null;
        carryOn(step);
    }

    public void verifyCode() throws IOException {
        if (codeMissing()) {
            return;
        }
        SignIn.Step step = secondStep(() -> signIn.withSecondFactor(ticket, code));
        code = null;
        carryOn(step);
    }

    public void enrol() {
        if (codeMissing()) {
            return;
        }
        SignIn.Enrolment enrolment = secondStep(() -> signIn.enrol(ticket, enrolmentSecret, code));
        code = null;
        recoveryCodes = enrolment.recoveryCodes();
        afterRecoveryCodes = enrolment.signIn();
        stage = Stage.RECOVERY_CODES;
    }

    private boolean codeMissing() {
        if (code == null || code.isBlank()) {
            Feedback.show(List.of(new Violation("code", "validation.required")));
            return true;
        }
        return false;
    }

    /** After the recovery codes are saved: signed in, and on to where the person was going. */
    public void proceed() throws IOException {
        recoveryCodes = List.of();
        carryOn(afterRecoveryCodes);
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String tag = language.getTag();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session != null && session.getAttribute(SessionGuard.KEY) != null) {
            sessions.end((String) session.getAttribute(SessionGuard.KEY));
            securityLog.record(SecurityEventKind.SIGN_OUT, external.getUserPrincipal().getName(), null);
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        // The language lived in the session; the next page keeps it.
        external.redirect(external.getRequestContextPath() + "/?lang=" + tag);
    }

    private void carryOn(SignIn.Step step) throws IOException {
        ticket = step.ticket();
        switch (step.next()) {
            case SIGN_IN -> authenticate(step);
            case SECOND_FACTOR -> stage = Stage.SECOND_FACTOR;
            case ENROL -> {
                stage = Stage.ENROL;
                enrolmentSecret = Totp.newSecret();
            }
        }
    }

    /**
     * Hands the ticket to Jakarta Security and sends the person on. The session id is renewed first, so that an id
     * planted before sign-in never becomes a signed-in one (session fixation); then the account session is
     * registered for {@link SessionGuard}.
     */
    private void authenticate(SignIn.Step signInStep) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(), withParams().credential(new SignInTicket(signInStep.ticket())));
        if (status != AuthenticationStatus.SUCCESS) {
            stage = Stage.PASSWORD;
            Feedback.error("login.failed");
            return;
        }
        request.getSession().setAttribute(SessionGuard.KEY,
                sessions.start(signInStep.publicId(), request.getHeader("User-Agent")));
        external.redirect(external.getRequestContextPath() + destination());
    }

    /** A second step; when the password step's ticket has run out, the person starts again with the password. */
    private <T> T secondStep(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (DomainException refused) {
            if ("token.invalid".equals(refused.messageKey())) {
                stage = Stage.PASSWORD;
                throw new DomainException("login.expired");
            }
            throw refused;
        }
    }

    private String destination() {
        return next != null && LOCAL_PAGE.matcher(next).matches() ? next : "/";
    }

    /** The QR code for the authenticator app, as inline SVG. */
    public String getEnrolmentQr() {
        String uri = Totp.uri(ISSUER, signIn.enrolmentLabel(ticket), enrolmentSecret);
        return QrCode.svg(uri, Feedback.text("totp.qr"));
    }

    /** The secret in groups of four, for typing it into an app by hand. */
    public String getEnrolmentSecret() {
        return enrolmentSecret == null ? null : enrolmentSecret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getNext() {
        return next;
    }

    public Stage getStage() {
        return stage;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
