package nl.wijkfonds.review;

import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.wijkfonds.testing.DemoRound.reviewPhase;
import static nl.wijkfonds.testing.DemoRound.submissionPhase;
import static nl.wijkfonds.testing.DemoRound.submitPlan;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The review's pages as they are posted, and the set-up the review tests need: plans and the round's phase. */
final class ReviewPages {

    /** The demo round has the eight standard criteria. */
    static final int CRITERIA = 8;

    private ReviewPages() {
    }

    static String casePath(long planId) {
        return "official/review/plan?id=" + planId;
    }

    /** A resident's plan, submitted while the round takes plans, then the round in its review phase: its id. */
    static long inReview(FacesClient resident, FacesClient official, String title, String euros) {
        submissionPhase(official);
        long plan = submitPlan(resident, title, euros);
        reviewPhase(official);
        return plan;
    }

    /**
     * A plan in review, assigned to {@code reviewerEmail} (signed in as {@code reviewer}), assessed as {@code
     * assessment} and confirmed by {@code confirmer}: its id.
     */
    static long decided(FacesClient resident, FacesClient reviewer, String reviewerEmail, FacesClient confirmer,
                        String title, String euros, Map<String, String> assessment) {
        long plan = inReview(resident, reviewer, title, euros);
        assertEquals(302, assign(reviewer, plan, reviewerEmail, LocalDate.now(Clocks.AMSTERDAM).plusDays(7)
                .toString()).status());
        assertEquals(302, propose(reviewer, plan, assessment).status());
        assertEquals(302, confirm(confirmer, plan).status());
        return plan;
    }

    /** Assigns the plan to the official with this e-mail address, due in a week. */
    static Page assign(FacesClient official, long planId, String reviewer, String dueOn) {
        Page page = official.get(casePath(planId));
        return official.submit(page, "assign", "assign", Map.of(
                "reviewer", reviewer == null ? "" : single("select id from account where email = ?", reviewer),
                "dueOn", dueOn));
    }

    /** Every criterion met, no cost adjustment: the fields of the assessment form. */
    static Map<String, String> allMet() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < CRITERIA; i++) {
            fields.put("verdictRows:" + i + ":verdict", "MEETS");
            fields.put("verdictRows:" + i + ":reason", "");
        }
        fields.put("adjustedCost", "");
        fields.put("costReason", "");
        return fields;
    }

    /** All met except criterion {@code index}, which gets {@code verdict} and {@code reason}. */
    static Map<String, String> allMetBut(int index, String verdict, String reason) {
        Map<String, String> fields = allMet();
        fields.put("verdictRows:" + index + ":verdict", verdict);
        fields.put("verdictRows:" + index + ":reason", reason);
        return fields;
    }

    static Page propose(FacesClient reviewer, long planId, Map<String, String> fields) {
        Page page = reviewer.get(casePath(planId));
        return reviewer.submit(page, "assess", "propose", fields);
    }

    static Page confirm(FacesClient official, long planId) {
        Page page = official.get(casePath(planId));
        return official.submit(page, "settle", "confirm", Map.of("note", ""));
    }

    static Page returnProposal(FacesClient official, long planId, String note) {
        Page page = official.get(casePath(planId));
        return official.submit(page, "settle", "return", Map.of("note", note));
    }

    static long decisions(long planId) {
        return Long.parseLong(single("select count(*) from review_decision d join review r on r.id = d.review_id"
                + " where r.plan_id = ?", planId));
    }
}
