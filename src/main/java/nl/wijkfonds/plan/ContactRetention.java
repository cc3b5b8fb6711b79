package nl.wijkfonds.plan;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.platform.Settings;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Carries out each round's retention period for submitters' contact details: once the round's realisation has
 * ended (the planned start of its closed phase) and the round's number of months (set in the round editor, 6 unless
 * changed) has passed, the contact details of every plan in the round are erased, and the audit trail says
 * so (how many plans, after how many months; never whose). Checked at startup and then every
 * {@code WIJKFONDS_RETENTION_CHECK_SECONDS} (a day by default).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ContactRetention {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    @PostConstruct
    void start() {
        long interval = Settings.retentionCheckSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    void applyDue() {
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        for (Round round : em.createQuery("select r from Round r", Round.class).getResultList()) {
            LocalDate realisationEnds = realisationEnds(round);
            int months = months(round);
            if (realisationEnds != null && !realisationEnds.plusMonths(months).isAfter(today)) {
                int erased = em.createQuery("update Plan p set p.contactName = null, p.contactEmail = null, "
                                + "p.contactPhone = null where p.round = :round and (p.contactName is not null "
                                + "or p.contactEmail is not null or p.contactPhone is not null)")
                        .setParameter("round", round).executeUpdate();
                if (erased > 0) {
                    auditLog.record("plan.contacts-retention-erased", "round", round.getId(), null,
                            Map.of("plans", erased, "monthsAfterRealisation", months));
                }
            }
        }
    }

    /** Read from the table, not the cached round: the period may have been changed by another instance. */
    private int months(Round round) {
        return ((Number) em.createNativeQuery("select contact_retention_months from budget_round where id = ?")
                .setParameter(1, round.getId()).getSingleResult()).intValue();
    }

    /** Read from the table, not the cached round: the schedule may have been changed by another instance. */
    private LocalDate realisationEnds(Round round) {
        List<?> closes = em.createNativeQuery("select starts_on from phase_start where round_id = ? and phase = ?")
                .setParameter(1, round.getId()).setParameter(2, Phase.CLOSED.name()).getResultList();
        if (closes.isEmpty()) {
            return null;
        }
        Object date = closes.get(0);
        return date instanceof LocalDate local ? local : ((java.sql.Date) date).toLocalDate();
    }

}
