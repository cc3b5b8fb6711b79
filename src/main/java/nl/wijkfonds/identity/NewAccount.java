package nl.wijkfonds.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

/** A new account as a resident registers it, or as an administrator creates it for staff. */
public record NewAccount(
        @NotBlank(message = "{validation.required}")
        @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.size}")
        String email,

        @NotBlank(message = "{validation.required}")
        @Size(max = 100, message = "{validation.size}")
        @PlainText
        String displayName,

        @NotBlank(message = "{validation.required}")
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{validation.password}")
        String password) {

    @Override
    public String toString() {
        return "NewAccount[" + displayName + "]";
    }
}
