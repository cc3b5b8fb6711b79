package nl.wijkfonds.identity;

import jakarta.validation.constraints.NotNull;
import nl.wijkfonds.shared.Role;

/** What an administrator fills in to invite a member of staff: the person chooses their own password. */
public class StaffInvitation extends PersonForm {

    @NotNull(message = "{validation.required}")
    private String role = Role.OFFICIAL;

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
