package nl.wijkfonds.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The platform's only identity store. It accepts nothing but a {@link SignInTicket} that {@link SignIn} issued
 * after every check passed (password, throttling, enabled, second factor for staff), and names the caller by the
 * account's public id: the principal, and so the audit trail's actor, never holds an e-mail address.
 */
@ApplicationScoped
public class TicketIdentityStore implements IdentityStore {

    @Inject
    private SignIn signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SignInTicket ticket)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.redeem(ticket.ticket())
                .map(caller -> new CredentialValidationResult(caller.publicId(), caller.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
