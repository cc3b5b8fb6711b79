package nl.wijkfonds.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.chain.ChainHead;
import nl.wijkfonds.audit.chain.HeadStatement;
import nl.wijkfonds.audit.chain.SignedHead;
import nl.wijkfonds.platform.Settings;
import nl.wijkfonds.shared.Role;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Signs the audit trail's head with the platform's key and keeps the signatures for everyone to see: at every
 * phase change of a round (in the same transaction as the change) and once a day; an export carries a head signed
 * at that moment too (not stored: an export changes nothing). A signed head
 * lets anyone holding the public key check that the trail up to it was not rewritten, removed or cut short later.
 */
@Stateless
public class SignedHeads {

    static final String DAILY = "daily";
    /** Another instance's daily signature this recent counts for today. */
    private static final Duration DAILY_ENOUGH = Duration.ofHours(20);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Signatures signatures;

    @Inject
    private Clock clock;

    /**
     * Signs the head as it stands in the caller's transaction, so the signature is stored exactly when the change
     * it follows is. {@code occasion} says why, e.g. {@code "round 3: VOTING"} (at most 60 characters).
     */
    @PermitAll
    public HeadSignature sign(String occasion) {
        HeadStatement statement = statement(auditLog.head(true), occasion);
        HeadSignature signed = new HeadSignature(statement, signatureOf(statement), signatures.fingerprint());
        em.persist(signed);
        return signed;
    }

    /** A signed statement of this head, not stored: what an export carries about its own end. */
    @RolesAllowed({Role.AUDITOR, Role.ADMIN})
    public SignedHead signedNow(ChainHead head, String occasion) {
        HeadStatement statement = statement(head, occasion);
        return new SignedHead(statement.text(), signatureOf(statement));
    }

    /** Every stored signed head, oldest first. */
    @PermitAll
    public List<SignedHead> all() {
        return em.createQuery("select s from HeadSignature s order by s.id", HeadSignature.class)
                .getResultStream().map(HeadSignature::signed).toList();
    }

    private HeadStatement statement(ChainHead head, String occasion) {
        return new HeadStatement(Settings.baseUrl(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS).toString(),
                occasion, head.events(), head.lastEventId(), head.lastHash());
    }

    private String signatureOf(HeadStatement statement) {
        return signatures.sign(statement.text().getBytes(StandardCharsets.UTF_8));
    }

    /** The daily signature, unless another instance already made one today. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signDaily() {
        auditLog.head(true);
        long recent = em.createQuery("select count(s) from HeadSignature s where s.occasion = :daily "
                        + "and s.signedAt > :since", Long.class)
                .setParameter("daily", DAILY)
                .setParameter("since", Instant.now(clock).minus(DAILY_ENOUGH))
                .getSingleResult();
        if (recent == 0) {
            sign(DAILY);
        }
    }

    /** Every signed head, newest first. */
    @PermitAll
    public List<HeadSignature> newestFirst() {
        return em.createQuery("select s from HeadSignature s order by s.id desc", HeadSignature.class)
                .getResultList();
    }
}
