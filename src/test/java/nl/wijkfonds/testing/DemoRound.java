package nl.wijkfonds.testing;

import nl.wijkfonds.testing.FacesClient.Page;

import java.util.LinkedHashMap;
import java.util.Map;

import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo round (the only round of a test deployment) as tests set it up: plans in it, and its phase. */
public final class DemoRound {

    private DemoRound() {
    }

    /** A resident submits a complete plan of {@code euros} under "Samen in de buurt" in "Oud-West"; its id. */
    public static long submitPlan(FacesClient resident, String title, String euros) {
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

    /** Moves the round one phase on ("next") or back ("back") through the rounds page. */
    public static void movePhase(FacesClient official, String direction, String expected) {
        Page rounds = official.get("official/rounds");
        Page moved = official.submit(rounds, "rounds", "roundRows:0:" + direction, Map.of());
        assertEquals(302, moved.status(), moved.body());
        assertEquals(expected, single("select phase from budget_round"));
    }

    /** Puts the round in the review phase, from submission or review. */
    public static void reviewPhase(FacesClient official) {
        if ("SUBMISSION".equals(single("select phase from budget_round"))) {
            movePhase(official, "next", "REVIEW");
        }
    }

    /** Puts the round back in the submission phase, from submission or review. */
    public static void submissionPhase(FacesClient official) {
        if ("REVIEW".equals(single("select phase from budget_round"))) {
            movePhase(official, "back", "SUBMISSION");
        }
    }
}
