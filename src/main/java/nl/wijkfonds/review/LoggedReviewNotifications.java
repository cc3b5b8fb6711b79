package nl.wijkfonds.review;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.logging.Logger;

/**
 * Until the mail outbox is part of the platform: writes to the server log which submitter would be told about which
 * decision, by account id (never an address).
 */
@ApplicationScoped
public class LoggedReviewNotifications implements ReviewNotifications {

    private static final Logger LOG = Logger.getLogger(LoggedReviewNotifications.class.getName());

    @Override
    public void decisionTookEffect(Review review, ReviewDecision decision) {
        LOG.info(() -> "review decision " + decision.getId() + " (" + decision.getOutcome() + ") to tell account "
                + review.getPlan().getSubmitter().getId());
    }
}
