package nl.wijkfonds.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;

/** What a resident fills in to register, or an administrator to create a staff account. */
public class AccountForm implements Serializable {

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    private String email;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size}")
    @PlainText
    private String displayName;

    @NotBlank(message = "{validation.required}")
    @Size(min = 12, max = 128, message = "{validation.password}")
    private String password;

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
}
