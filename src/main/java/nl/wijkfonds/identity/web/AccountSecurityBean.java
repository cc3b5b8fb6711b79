package nl.wijkfonds.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.AccountSession;
import nl.wijkfonds.identity.SessionRegistry;
import nl.wijkfonds.web.Feedback;

import java.io.Serializable;
import java.util.List;

/**
 * The signed-in person's own account: change the password, see and end sessions, ask for a new verification link,
 * and (staff) renew recovery codes.
 */
@Named("accountSecurity")
@ViewScoped
public class AccountSecurityBean implements Serializable {

    @Inject
    private AccountService accounts;

    @Inject
    private SessionRegistry sessions;

    private String currentPassword;
    private String newPassword;
    private List<String> recoveryCodes = List.of();

    public String changePassword() {
        accounts.changePassword(currentPassword, newPassword, sessionKey());
        Feedback.doneAfterRedirect("password.changed");
        return "/account/security?faces-redirect=true";
    }

    public String endSession(long id) {
        sessions.endOwn(account().getPublicId(), id);
        Feedback.doneAfterRedirect("sessions.ended", 1);
        return "/account/security?faces-redirect=true";
    }

    public String endOtherSessions() {
        int ended = sessions.endAll(account(), sessionKey());
        Feedback.doneAfterRedirect("sessions.ended", ended);
        return "/account/security?faces-redirect=true";
    }

    public String resendVerification() {
        accounts.resendVerification();
        Feedback.doneAfterRedirect("verification.resent");
        return "/account/security?faces-redirect=true";
    }

    public void renewRecoveryCodes() {
        recoveryCodes = accounts.renewRecoveryCodes();
    }

    public Account account() {
        return accounts.current();
    }

    public Account getAccount() {
        return account();
    }

    public List<AccountSession> getSessions() {
        return sessions.open(account().getPublicId());
    }

    public boolean isThisSession(AccountSession session) {
        return sessions.isKeyOf(session, sessionKey());
    }

    private static String sessionKey() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session == null ? null : (String) session.getAttribute(SessionGuard.KEY);
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
