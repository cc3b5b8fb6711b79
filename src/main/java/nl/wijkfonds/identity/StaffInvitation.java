package nl.wijkfonds.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

/** What an administrator fills in to invite a member of staff: the person chooses their own password. */
public record StaffInvitation(
        @NotBlank(message = "{validation.required}")
        @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.size}")
        String email,

        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.size}")
        @PlainText
        String displayName,

        @NotNull(message = "{validation.required}")
        String role) {
}
