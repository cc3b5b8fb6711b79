package nl.wijkfonds.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.NewAccount;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;

import java.io.Serializable;

/**
 * A resident registers; the answer is the same for a new and a known address: "check your mailbox". View-scoped so
 * that what was typed is shown again beside a refusal (a request-scoped bean came back empty).
 */
@Named("registration")
@ViewScoped
public class RegistrationBean implements Serializable {

    @Inject
    private AccountService accounts;

    @Inject
    private LanguageBean language;

    private String email;
    private String displayName;
    private String password;

    public String register() {
        accounts.register(new NewAccount(email, displayName, password), language.getLocale());
        Feedback.doneAfterRedirect("registration.done");
        return "/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
