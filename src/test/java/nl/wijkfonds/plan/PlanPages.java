package nl.wijkfonds.plan;

import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The resident's plan form as its page posts it: to set up plans over HTTP before a test walks the pages, or to post
 * what the page does not offer; and the demo round's themes and neighbourhoods.
 */
final class PlanPages {

    static final String EDITOR = "account/plan";

    private PlanPages() {
    }

    static String themeId(String name) {
        return single("select id from theme where name = ?", name);
    }

    static String neighbourhoodId(String name) {
        return single("select id from neighbourhood where name = ?", name);
    }

    /** A complete plan under "Groen en klimaat" in "De Baarsjes", with one cost line of € 1.250,50. */
    static Map<String, String> valid(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Bomen en bankjes op het plein, zodat het er koeler en gezelliger wordt.");
        fields.put("description", "We planten vier bomen en zetten er twee bankjes onder.\nDe buurt helpt mee.");
        fields.put("theme", themeId("Groen en klimaat"));
        fields.put("neighbourhood", neighbourhoodId("De Baarsjes"));
        fields.put("location", "Het pleintje op de hoek van de Jan Hanzenstraat");
        fields.put("submitterRole", "RESIDENT");
        fields.put("organisationName", "");
        fields.put("contactName", "Ans de Vries");
        fields.put("contactEmail", "ans.privé@example.nl".replace("é", "e"));
        fields.put("contactPhone", "06 1234 5678");
        fields.put("costRows:0:costItem", "Vier bomen met boomspiegel");
        fields.put("costRows:0:costAmount", "1.250,50");
        return fields;
    }

    /** Opens the form (a new plan, or this plan) and presses {@code button} (submit, save, withdraw). */
    static Page press(FacesClient resident, Long planId, String button, Map<String, String> fields) {
        Page form = open(resident, planId);
        return resident.submit(form, "plan", button, fields);
    }

    /** Submits a complete plan with this title and returns its id. */
    static long submitted(FacesClient resident, String title) {
        Page submitted = press(resident, null, "submit", valid(title));
        assertEquals(302, submitted.status(), submitted.body());
        return idOf(title);
    }

    /** Saves a draft with this title and returns its id. */
    static long draft(FacesClient resident, String title) {
        Page saved = press(resident, null, "save", valid(title));
        assertEquals(302, saved.status(), saved.body());
        return idFromRedirect(saved);
    }

    static Page open(FacesClient resident, Long planId) {
        return resident.get(path(planId));
    }

    static String path(Long planId) {
        return EDITOR + (planId == null ? "" : "?id=" + planId);
    }

    /** The plan's id from the redirect after saving a draft ("...account/plan?id=12"). */
    static long idFromRedirect(Page saved) {
        Matcher id = Pattern.compile("id=(\\d+)").matcher(saved.location());
        if (!id.find()) {
            throw new AssertionError("no plan id in " + saved.location());
        }
        return Long.parseLong(id.group(1));
    }

    static long idOf(String title) {
        return Long.parseLong(single("select id from plan where title = ?", title));
    }
}
