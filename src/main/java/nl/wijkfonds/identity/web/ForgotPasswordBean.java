package nl.wijkfonds.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;

/** Asking for a reset link: the answer never tells whether the address has an account. */
@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordBean {

    @Inject
    private AccountService accounts;

    @Inject
    private LanguageBean language;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    private String email;

    public String request() {
        try {
            accounts.requestPasswordReset(email, language.getLocale());
            Feedback.doneAfterRedirect("reset.requested");
            return "/login?faces-redirect=true";
        } catch (DomainException refused) {
            Feedback.refused(refused, "forgot");
            return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
