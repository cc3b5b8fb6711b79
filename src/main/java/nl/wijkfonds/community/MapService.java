package nl.wijkfonds.community;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.plan.GalleryQuery;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Validation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Plans on a map: the submitter places a pin on their plan inside the round's area; the gallery's map shows the
 * plans that match its filters. Each pin change writes an audit event on the plan.
 */
@Stateless
public class MapService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Validation validation;

    @Inject
    private Clock clock;

    @Inject
    private PlanService plans;

    @Inject
    private RoundService rounds;

    /** The pin of the resident's own plan, if placed. */
    @RolesAllowed(Role.RESIDENT)
    public Optional<PlanPin> pin(long planId) {
        return Optional.ofNullable(em.find(PlanPin.class, plans.own(planId).getId()));
    }

    /** The area a plan's pin must lie in: its round's, if set. */
    @PermitAll
    public Optional<Area> area(Round round) {
        return Optional.ofNullable(em.find(CommunitySettings.class, round.getId())).flatMap(CommunitySettings::area);
    }

    /**
     * An official sets (or moves) the round's area. Pins placed before stay where they are: a plan already on the
     * map is not taken off it by a later, smaller area.
     */
    @RolesAllowed(Role.OFFICIAL)
    public void setArea(long roundId, AreaDraft draft) {
        validation.check(draft);
        Area area = draft.toArea();
        Round round = rounds.find(roundId);
        CommunitySettings settings = em.find(CommunitySettings.class, round.getId());
        if (settings == null) {
            settings = new CommunitySettings(round);
            em.persist(settings);
        }
        Area before = settings.area().orElse(null);
        settings.placeIn(area);
        em.flush();
        auditLog.record("community.area-set", "round", roundId, before, area);
    }

    /** The submitter places (or moves) the pin of their plan; refused outside the round's area. */
    @RolesAllowed(Role.RESIDENT)
    public void placePin(long planId, PinDraft draft) {
        validation.check(draft);
        Plan plan = plans.own(planId);
        if (plan.getStatus() == PlanStatus.WITHDRAWN) {
            throw new DomainException("plan.withdrawn");
        }
        Area area = area(plan.getRound()).orElseThrow(() -> new DomainException("community.pin.noArea"));
        if (!area.contains(draft.latitude(), draft.longitude())) {
            throw new DomainException("community.pin.outside", "latitude");
        }
        PlanPin pin = em.find(PlanPin.class, planId);
        PlanPin.Snapshot before = pin == null ? null : pin.snapshot();
        if (pin == null) {
            pin = new PlanPin(planId, draft, now());
            em.persist(pin);
        } else {
            pin.move(draft, now());
        }
        em.flush();
        auditLog.record("community.pin-placed", "plan", planId, before, pin.snapshot());
    }

    /** The plans of the current round that the gallery's filters select and that have a pin. */
    @PermitAll
    public List<MapMarker> markers(GalleryQuery query) {
        List<Long> ids = plans.galleryIds(query);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p.id, p.title, m.latitude, m.longitude from PlanPin m, Plan p"
                        + " where p.id = m.planId and p.id in :ids order by p.id", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(row -> new MapMarker((Long) row[0], (String) row[1], Plan.slug((String) row[1]),
                        (BigDecimal) row[2], (BigDecimal) row[3]))
                .toList();
    }

    /** The current round's area, to centre the gallery's map. */
    @PermitAll
    public Optional<Area> currentArea() {
        return rounds.current().flatMap(this::area);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
