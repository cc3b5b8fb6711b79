package nl.wijkfonds.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountForm;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.web.Feedback;

import java.io.Serializable;
import java.util.List;

/** An administrator creates accounts for officials, auditors and other administrators. */
@Named("staffAccounts")
@ViewScoped
public class StaffAccountsBean implements Serializable {

    @Inject
    private AccountService accounts;

    private AccountForm form = new AccountForm();

    @NotNull(message = "{validation.required}")
    private String role = Role.OFFICIAL;

    public String create() {
        try {
            Account created = accounts.createStaff(form, role);
            Feedback.doneAfterRedirect("staff.created", created.getEmail());
            return "/admin/accounts?faces-redirect=true";
        } catch (DomainException refused) {
            Feedback.refused(refused, "staff");
            return null;
        }
    }

    public List<Account> getStaff() {
        return accounts.staff();
    }

    public List<String> getRoles() {
        return Role.STAFF;
    }

    public AccountForm getForm() {
        return form;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
