package nl.wijkfonds.round;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.audit.SignedHeads;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Validation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The use cases of setting up and running a round. Each one validates, changes state and writes its audit event. */
@Stateless
public class RoundService {

    static final String SUBJECT = "round";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<RoundPhaseMoved> phaseMoved;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SignedHeads signedHeads;

    @Inject
    private Validation validation;

    @Inject
    private Event<PhaseMoving> phaseMoving;

    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public Round create(RoundSetup setup) {
        validation.check(setup);
        Round round = new Round(setup);
        em.persist(round);
        em.flush();
        auditLog.record("round.created", SUBJECT, round.getId(), null, round.snapshot());
        return round;
    }

    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public Round revise(long roundId, RoundSetup setup) {
        validation.check(setup);
        Round round = find(roundId);
        RoundSnapshot before = round.snapshot();
        round.revise(setup);
        em.flush();
        auditLog.record("round.revised", SUBJECT, roundId, before, round.snapshot());
        return round;
    }

    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public Round moveToPhase(long roundId, Phase target) {
        Round round = find(roundId);
        RoundSnapshot before = round.snapshot();
        Phase from = round.getPhase();
        phaseMoving.fire(new PhaseMoving(roundId, from, target));
        round.moveTo(target);
        em.flush();
        auditLog.record("round.phase-changed", SUBJECT, roundId, before, round.snapshot());
        phaseMoved.fire(new RoundPhaseMoved(roundId, from, target, Instant.now(clock)));
        // Signed last, so that the head covers what listeners recorded about this move as well.
        signedHeads.sign("round " + roundId + ": " + target);
        return round;
    }

    @PermitAll
    public Round find(long roundId) {
        Round round = em.find(Round.class, roundId);
        if (round == null) {
            throw new NotFoundException("round.notFound");
        }
        return round;
    }

    /** The round the public sees: the newest one that has left the draft phase. */
    @PermitAll
    public Optional<Round> current() {
        return em.createQuery("select r from Round r where r.phase <> :draft order by r.year desc, r.id desc",
                        Round.class)
                .setParameter("draft", Phase.DRAFT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({Role.OFFICIAL, Role.ADMIN, Role.AUDITOR})
    public List<Round> all() {
        return em.createQuery("select r from Round r order by r.year desc, r.id desc", Round.class).getResultList();
    }
}
