package nl.wijkfonds.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.wijkfonds.shared.Role;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a count away from the official's request, so that the page can show its progress. The caller's identity
 * goes with an asynchronous call, so the audit trail names the official who started it.
 */
@Stateless
public class Tallier {

    private static final Logger LOG = Logger.getLogger(Tallier.class.getName());

    @Inject
    private ResultService results;

    @Inject
    private TallyProgress progress;

    /**
     * Counts a round whose tally was started ({@link ResultService#startTally}). Runs outside a transaction, so that
     * the count commits before the progress says it has ended.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public void count(long roundId) {
        try {
            results.count(roundId);
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "count of round " + roundId + " failed", failed);
            results.countFailed(roundId, String.valueOf(failed.getMessage()));
        } finally {
            progress.end(roundId);
        }
    }
}
