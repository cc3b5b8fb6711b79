package nl.wijkfonds.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.TokenPurpose;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.web.Feedback;

import java.io.Serializable;

/**
 * Choosing a password through an e-mailed link: a reset ({@code reset-password.xhtml}) or a staff invitation
 * ({@code invitation.xhtml}). The page says at once when the link no longer works.
 */
@Named("choosePassword")
@ViewScoped
public class ChoosePasswordBean implements Serializable {

    @Inject
    private AccountService accounts;

    private String token;
    private String password;
    private Boolean linkWorks;

    /** Called by the page's view action with the purpose of its link. */
    public void check(String purpose) {
        if (linkWorks == null) {
            try {
                accounts.checkToken(token, TokenPurpose.valueOf(purpose));
                linkWorks = true;
            } catch (DomainException invalid) {
                linkWorks = false;
            }
        }
    }

    public String reset() {
        return chosen(() -> accounts.resetPassword(token, password), "reset.done");
    }

    public String acceptInvitation() {
        return chosen(() -> accounts.acceptInvitation(token, password), "invitation.done");
    }

    /** Saves the password; a link that stopped working meanwhile hides the form. */
    private String chosen(Runnable save, String doneKey) {
        try {
            save.run();
        } catch (DomainException refused) {
            if ("token.invalid".equals(refused.messageKey())) {
                linkWorks = false;
            }
            throw refused;
        }
        Feedback.doneAfterRedirect(doneKey);
        return "/login?faces-redirect=true";
    }

    public boolean isLinkWorks() {
        return Boolean.TRUE.equals(linkWorks);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
