package nl.wijkfonds.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Reads (or at first start creates) the platform's keys before anything is recorded, says which signing key is in
 * use, and signs the audit trail's head once a day: at 03:30, and at startup when no day's signature is younger than
 * 20 hours (a server restarted every night still signs daily).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DailySigning {

    private static final Logger LOG = Logger.getLogger(DailySigning.class.getName());

    @Inject
    private Signatures signatures;

    @Inject
    private TrailKey trailKey;

    @Inject
    private SignedHeads signedHeads;

    @PostConstruct
    void loadKeys() {
        trailKey.bytes();
        LOG.info(() -> "Audit trail keys ready; signing key fingerprint " + signatures.fingerprint());
        signedHeads.signDaily();
    }

    @Schedule(hour = "3", minute = "30", persistent = false)
    void signToday() {
        signedHeads.signDaily();
    }
}
