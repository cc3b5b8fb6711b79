package nl.wijkfonds.community;

import nl.wijkfonds.plan.PlanStatus;

import java.util.List;

/** One plan in the officials' support list: its count, whether it fell short, and who supports it. */
public record SupportRow(long planId, String title, PlanStatus status, long count, boolean shortOfSupport,
                         List<Supporter> supporters) {

    /** A supporter as officials see them. */
    public record Supporter(String name, String email, String publicId, java.time.Instant supportedAt) {
    }
}
