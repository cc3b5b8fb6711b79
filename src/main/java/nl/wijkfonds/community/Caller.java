package nl.wijkfonds.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.shared.ForbiddenException;

import java.security.Principal;
import java.util.Optional;

/** Who is asking: the signed-in account (known by its public id as the principal's name), if anyone. */
@ApplicationScoped
public class Caller {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    Optional<Account> account() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? Optional.empty() : accounts.findByPublicId(caller.getName());
    }

    /** The signed-in account; anyone else may not do this. */
    Account me() {
        return account().orElseThrow(() -> new ForbiddenException("community.residentsOnly"));
    }

    boolean isInRole(String role) {
        return security.isCallerInRole(role);
    }
}
