package nl.wijkfonds.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.ResetRequest;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;

import java.io.Serializable;

/** Asking for a reset link: the answer never tells whether the address has an account. */
@Named("forgotPassword")
@ViewScoped
public class ForgotPasswordBean implements Serializable {

    @Inject
    private AccountService accounts;

    @Inject
    private LanguageBean language;

    private String email;

    public String request() {
        accounts.requestPasswordReset(new ResetRequest(email), language.getLocale());
        Feedback.doneAfterRedirect("reset.requested");
        return "/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
