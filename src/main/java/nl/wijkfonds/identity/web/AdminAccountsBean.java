package nl.wijkfonds.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.StaffInvitation;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;

import jakarta.faces.model.SelectItem;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An administrator invites staff, finds accounts, disables and enables them and changes their role. */
@Named("adminAccounts")
@ViewScoped
public class AdminAccountsBean implements Serializable {

    @Inject
    private AccountService accounts;

    @Inject
    private LanguageBean language;

    private String email;
    private String displayName;
    private String role = Role.OFFICIAL;
    private String search = "";
    private final Map<String, String> newRoles = new HashMap<>();

    public String invite() {
        Account invited = accounts.inviteStaff(new StaffInvitation(email, displayName, role), language.getLocale());
        Feedback.doneAfterRedirect("staff.invited", invited.getEmail());
        return "/admin/accounts?faces-redirect=true";
    }

    public String disable(String publicId) {
        return act(() -> accounts.disable(publicId), "accounts.disabled");
    }

    public String enable(String publicId) {
        return act(() -> accounts.enable(publicId), "accounts.enabled");
    }

    public String changeRole(String publicId) {
        return act(() -> accounts.changeRole(publicId, newRoles.get(publicId)), "accounts.roleChanged");
    }

    private String act(Runnable change, String doneKey) {
        change.run();
        Feedback.doneAfterRedirect(doneKey);
        return "/admin/accounts?faces-redirect=true&q=" + URLEncoder.encode(search == null ? "" : search,
                StandardCharsets.UTF_8);
    }

    /** The accounts found; each row's role menu starts at the account's current role. */
    public List<Account> getResults() {
        List<Account> found = accounts.search(search);
        found.forEach(a -> newRoles.putIfAbsent(a.getPublicId(), a.getRole()));
        return found;
    }

    public List<SelectItem> getStaffRoles() {
        return items(Role.STAFF);
    }

    public List<SelectItem> getAllRoles() {
        return items(Role.ALL);
    }

    private static List<SelectItem> items(List<String> roles) {
        return roles.stream().map(r -> new SelectItem(r, Feedback.text("role." + r))).toList();
    }

    public Map<String, String> getNewRoles() {
        return newRoles;
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
