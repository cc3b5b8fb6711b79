package nl.wijkfonds.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.StaffInvitation;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;

import java.io.Serializable;
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

    private final StaffInvitation invitation = new StaffInvitation();
    private String search = "";
    private final Map<String, String> newRoles = new HashMap<>();

    public String invite() {
        try {
            Account invited = accounts.inviteStaff(invitation, language.getLocale());
            Feedback.doneAfterRedirect("staff.invited", invited.getEmail());
            return "/admin/accounts?faces-redirect=true";
        } catch (DomainException refused) {
            Feedback.refused(refused, "staff");
            return null;
        }
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
        try {
            change.run();
            Feedback.doneAfterRedirect(doneKey);
            return "/admin/accounts?faces-redirect=true&q=" + java.net.URLEncoder.encode(search == null ? "" : search,
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (DomainException refused) {
            Feedback.refused(refused, null);
            return null;
        }
    }

    /** The accounts found; each row's role menu starts at the account's current role. */
    public List<Account> getResults() {
        List<Account> found = accounts.search(search);
        found.forEach(a -> newRoles.putIfAbsent(a.getPublicId(), a.getRole()));
        return found;
    }

    public List<String> getStaffRoles() {
        return Role.STAFF;
    }

    public List<String> getAllRoles() {
        return Role.ALL;
    }

    public Map<String, String> getNewRoles() {
        return newRoles;
    }

    public StaffInvitation getInvitation() {
        return invitation;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
