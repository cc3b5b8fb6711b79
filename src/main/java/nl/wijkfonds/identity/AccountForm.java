package nl.wijkfonds.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a resident fills in to register (and the platform for its own accounts). */
public class AccountForm extends PersonForm {

    /** Length only here, for the message beside the field; {@link PasswordPolicy} has the full rule. */
    @NotBlank(message = "{validation.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{validation.password}")
    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
