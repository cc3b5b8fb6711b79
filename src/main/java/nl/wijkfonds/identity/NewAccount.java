package nl.wijkfonds.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new account as a resident registers it (or the platform creates it for itself: demo data, first admin). */
public record NewAccount(
        @AccountEmail
        String email,

        @PersonName
        String displayName,

        @NotBlank(message = "{validation.required}")
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{validation.password}")
        String password) {

    @Override
    public String toString() {
        return "NewAccount[" + displayName + "]";
    }
}
