package nl.wijkfonds.review;

import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /** A resident submits a complete plan of {@code euros} under "Samen in de buurt" in "Oud-West"; its id. */
    static long submitPlan(FacesClient resident, String title, String euros) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Een buurtfeest op het plein voor jong en oud.");
        fields.put("description", "Muziek, eten en spelletjes op een zaterdag in juni.");
        fields.put("theme", single("select id from theme where name = 'Samen in de buurt'"));
        fields.put("neighbourhood", single("select id from neighbourhood where name = 'Oud-West'"));
        fields.put("location", "Het Ten Katepleintje");
        fields.put("submitterRole", "RESIDENT");
        fields.put("contactName", "Kees Jansen");
        fields.put("contactEmail", "kees@example.nl");
        fields.put("costRows:0:costItem", "Muziek en tenten");
        fields.put("costRows:0:costAmount", euros);
        Page form = resident.get("account/plan");
        Page submitted = resident.submit(form, "plan", "submit", fields);
        assertEquals(302, submitted.status(), submitted.body());
        return Long.parseLong(single("select id from plan where title = ?", title));
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

    /** Moves the demo round (the only round) one phase on ("next") or back ("back") through the rounds page. */
    static void movePhase(FacesClient official, String direction, String expected) {
        Page rounds = official.get("official/rounds");
        Page moved = official.submit(rounds, "rounds", "roundRows:0:" + direction, Map.of());
        assertEquals(302, moved.status(), moved.body());
        assertEquals(expected, single("select phase from budget_round"));
    }

    /** Puts the round in the review phase, from submission or review. */
    static void reviewPhase(FacesClient official) {
        if ("SUBMISSION".equals(single("select phase from budget_round"))) {
            movePhase(official, "next", "REVIEW");
        }
    }

    /** Puts the round back in the submission phase, from submission or review. */
    static void submissionPhase(FacesClient official) {
        if ("REVIEW".equals(single("select phase from budget_round"))) {
            movePhase(official, "back", "SUBMISSION");
        }
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
