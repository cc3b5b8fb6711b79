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
import nl.wijkfonds.web.Feedback;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Signing in and out. Password first; staff then type a code from their authenticator app, or enrol one at their
 * first sign-in (QR code, then recovery codes shown once). Holds only the current step's one-time ticket, never
 * the password.
 */
@Named("login")
@ViewScoped
public class LoginBean implements Serializable {

    public enum Stage { PASSWORD, SECOND_FACTOR, ENROL, RECOVERY_CODES }

    private static final String ISSUER = "Wijkfonds";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignIn signIn;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private SecurityLog securityLog;

    private Stage stage = Stage.PASSWORD;
    private String email;
    private String password;
    private String code;
    private String ticket;
    private String enrolmentSecret;
    private List<String> recoveryCodes = List.of();
    private SignIn.Step afterRecoveryCodes;

    public void signIn() throws IOException {
        try {
            SignIn.Step step = signIn.withPassword(email, password);
            password = null;
            carryOn(step);
        } catch (DomainException refused) {
            Feedback.refused(refused, "login");
        }
    }

    public void verifyCode() throws IOException {
        try {
            SignIn.Step step = signIn.withSecondFactor(ticket, code);
            code = null;
            carryOn(step);
        } catch (DomainException refused) {
            refusedAtSecondStep(refused);
        }
    }

    public void enrol() {
        try {
            SignIn.Enrolment enrolment = signIn.enrol(ticket, enrolmentSecret, code);
            code = null;
            recoveryCodes = enrolment.recoveryCodes();
            afterRecoveryCodes = enrolment.signIn();
            stage = Stage.RECOVERY_CODES;
        } catch (DomainException refused) {
            if ("code".equals(refused.field())) {
                Feedback.error("login:enrolCode", refused.messageKey());
            } else {
                refusedAtSecondStep(refused);
            }
        }
    }

    /** After the recovery codes are saved: signed in, and on to where the person was going. */
    public void proceed() throws IOException {
        recoveryCodes = List.of();
        carryOn(afterRecoveryCodes);
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session != null && session.getAttribute(SessionGuard.KEY) != null) {
            sessions.end((String) session.getAttribute(SessionGuard.KEY));
            securityLog.record(SecurityEventKind.SIGN_OUT, external.getUserPrincipal().getName(), null);
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    private void carryOn(SignIn.Step step) throws IOException {
        ticket = step.ticket();
        switch (step.next()) {
            case SIGN_IN -> {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                String target = ContinueTarget.take((HttpServletRequest) external.getRequest());
                if (authenticate(step) == AuthenticationStatus.SUCCESS) {
                    external.redirect(target);
                }
            }
            case SECOND_FACTOR -> stage = Stage.SECOND_FACTOR;
            case ENROL -> {
                stage = Stage.ENROL;
                enrolmentSecret = Totp.newSecret();
            }
        }
    }

    /**
     * Hands the ticket to Jakarta Security. The session id is renewed first, so that an id planted before sign-in
     * never becomes a signed-in one (session fixation); then the account session is registered.
     */
    private AuthenticationStatus authenticate(SignIn.Step signInStep) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(), withParams().credential(new SignInTicket(signInStep.ticket())));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            // With SEND_CONTINUE the caller is known only on the redirected request: take the id from the step.
            String key = sessions.start(signInStep.publicId(), request.getHeader("User-Agent"));
            request.getSession().setAttribute(SessionGuard.KEY, key);
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SUCCESS) {
            Feedback.error(null, "login.failed");
            stage = Stage.PASSWORD;
            return null;
        }
        return status;
    }

    private void refusedAtSecondStep(DomainException refused) {
        if ("token.invalid".equals(refused.messageKey())) {
            stage = Stage.PASSWORD;
            Feedback.error(null, "login.expired");
        } else {
            Feedback.refused(refused, "login");
        }
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
