package nl.wijkfonds.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.identity.AccountForm;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;

/** A resident registers; the answer is the same for a new and a known address: "check your mailbox". */
@Named("registration")
@RequestScoped
public class RegistrationBean {

    @Inject
    private AccountService accounts;

    @Inject
    private LanguageBean language;

    private final AccountForm form = new AccountForm();

    public String register() {
        try {
            accounts.register(form, language.getLocale());
            Feedback.doneAfterRedirect("registration.done");
            return "/login?faces-redirect=true";
        } catch (DomainException refused) {
            Feedback.refused(refused, "registration");
            return null;
        }
    }

    public AccountForm getForm() {
        return form;
    }
}
