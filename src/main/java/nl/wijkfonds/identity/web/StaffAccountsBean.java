package nl.wijkfonds.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.NewAccount;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.web.Feedback;

import java.util.List;

/** An administrator creates accounts for officials, auditors and other administrators. */
@Named("staffAccounts")
@RequestScoped
public class StaffAccountsBean {

    @Inject
    private AccountService accounts;

    private String email;
    private String displayName;
    private String password;
    private String role = Role.OFFICIAL;

    public String create() {
        Account created = accounts.createStaff(new NewAccount(email, displayName, password), role);
        Feedback.doneAfterRedirect("staff.created", created.getEmail());
        return "/admin/accounts?faces-redirect=true";
    }

    public List<Account> getStaff() {
        return accounts.staff();
    }

    public List<SelectItem> getRoles() {
        return Role.STAFF.stream().map(r -> new SelectItem(r, Feedback.text("role." + r))).toList();
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
