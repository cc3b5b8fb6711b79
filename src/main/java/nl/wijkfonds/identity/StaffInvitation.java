package nl.wijkfonds.identity;

import jakarta.validation.constraints.NotNull;

/** What an administrator fills in to invite a member of staff: the person chooses their own password. */
public record StaffInvitation(
        @AccountEmail String email,
        @PersonName String displayName,
        @NotNull(message = "{validation.required}") String role) {
}
