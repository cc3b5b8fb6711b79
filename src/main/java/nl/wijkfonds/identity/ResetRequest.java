package nl.wijkfonds.identity;

/** Someone asks for a link to choose a new password. */
public record ResetRequest(@AccountEmail String email) {
}
