package nl.wijkfonds.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.AccountSession;
import nl.wijkfonds.identity.NameCorrection;
import nl.wijkfonds.identity.SecurityEvent;
import nl.wijkfonds.identity.SecurityEventKind;
import nl.wijkfonds.identity.SecurityLog;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.shared.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A resident's rights over their data (AVG articles 15 to 17): a copy of it, correction, erasure. Each domain
 * changes its own tables (identity the account, plan the plans); this service gathers and orders the steps, in one
 * transaction. The audit trail is not touched: it names the person by public id only, and stays verifiable.
 */
@Stateless
public class PrivacyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PlanService plans;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    /** Everything the platform holds about the signed-in person. */
    @RolesAllowed(Role.ACCOUNT)
    public PersonalData mine() {
        Account me = accounts.current();
        PersonalData.AccountData account = new PersonalData.AccountData(me.getPublicId(), me.getEmail(),
                me.getDisplayName(), me.getLanguage().getLanguage(), me.getRoles(), me.getCreatedAt(),
                me.isVerified());
        List<PersonalData.PlanData> own = plans.ofCurrentAccount().stream()
                .map(p -> new PersonalData.PlanData(p.getId(), p.getTitle(), p.getStatus().name(),
                        p.getOrganisationName(), p.getContactName(), p.getContactEmail(), p.getContactPhone(),
                        p.getCreatedAt(), p.getSubmittedAt()))
                .toList();
        List<PersonalData.SessionData> sessions = em.createQuery("select s from AccountSession s "
                        + "where s.account = :me order by s.startedAt", AccountSession.class)
                .setParameter("me", me).getResultStream()
                .map(s -> new PersonalData.SessionData(s.getStartedAt(), s.getLastSeenAt(), s.getClientAddress(),
                        s.getUserAgent()))
                .toList();
        List<PersonalData.SecurityData> events = em.createQuery("select e from SecurityEvent e "
                        + "where e.accountPublicId = :me order by e.occurredAt", SecurityEvent.class)
                .setParameter("me", me.getPublicId()).getResultStream()
                .map(e -> new PersonalData.SecurityData(e.getOccurredAt(), e.getKind().name(), e.getClientAddress()))
                .toList();
        return new PersonalData(Instant.now(clock), account, own, sessions, events);
    }

    /** The signed-in person downloads their data: recorded in the security log, like every export of it. */
    @RolesAllowed(Role.ACCOUNT)
    public PersonalData export() {
        PersonalData data = mine();
        securityLog.record(SecurityEventKind.PERSONAL_DATA_EXPORTED, data.account().publicId(), "own data");
        return data;
    }

    @RolesAllowed(Role.ACCOUNT)
    public void correctName(NameCorrection correction) {
        accounts.rename(correction);
    }

    /**
     * Erases the signed-in resident's account once their password is confirmed: drafts deleted, submitted plans
     * kept without contact details, the account reduced to its public id (see {@link AccountService#eraseCurrent}).
     */
    @RolesAllowed(Role.ACCOUNT)
    public void eraseMine(String password) {
        accounts.confirmErasure(password);
        plans.forgetSubmitter();
        accounts.eraseCurrent();
    }
}
