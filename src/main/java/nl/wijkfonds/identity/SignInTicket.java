package nl.wijkfonds.identity;

import jakarta.security.enterprise.credential.Credential;

/** The credential the login page hands to Jakarta Security: a one-time ticket from {@link SignIn}. */
public record SignInTicket(String ticket) implements Credential {
}
