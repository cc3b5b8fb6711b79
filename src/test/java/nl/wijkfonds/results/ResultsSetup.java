package nl.wijkfonds.results;

import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the results tests start from: eligible plans in the demo round, its phases moved through the officials'
 * page, and cast ballots. Until the voting pages cast ballots, ballots are written into the ballot tables exactly as
 * docs/voting.md defines them (a random id, the scope, the kind, a receipt; one row per chosen plan).
 */
final class ResultsSetup {

    private ResultsSetup() {
    }

    static String round() {
        return single("select id from budget_round where name = 'Wijkfonds West 2027'");
    }

    /** A resident's plan under "Samen in de buurt" in the neighbourhood, made eligible as the review would. */
    static long eligiblePlan(FacesClient resident, String title, String neighbourhood, String euros) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Een plan voor de buurt.");
        fields.put("description", "Wat we gaan doen, en voor wie.");
        fields.put("theme", single("select id from theme where name = 'Samen in de buurt'"));
        fields.put("neighbourhood", single("select id from neighbourhood where name = ?", neighbourhood));
        fields.put("location", "In de buurt");
        fields.put("submitterRole", "RESIDENT");
        fields.put("contactName", "Kees Jansen");
        fields.put("contactEmail", "kees@example.nl");
        fields.put("costRows:0:costItem", "Werk");
        fields.put("costRows:0:costAmount", euros);
        Page submitted = resident.submit(resident.get("account/plan"), "plan", "submit", fields);
        assertEquals(302, submitted.status(), submitted.body());
        long id = Long.parseLong(single("select id from plan where title = ?", title));
        execute("update plan set status = 'ELIGIBLE' where id = ?", id);
        return id;
    }

    /** Moves the demo round one phase on through the rounds page, as an official does. */
    static Page nextPhase(FacesClient official) {
        Page rounds = official.get("official/rounds");
        return official.submit(rounds, "rounds", "roundRows:0:next", Map.of());
    }

    static void moveTo(FacesClient official, String phase) {
        while (!phase.equals(single("select phase from budget_round where id = ?", round()))) {
            Page moved = nextPhase(official);
            assertEquals(302, moved.status(), moved.body());
        }
    }

    /** A cast approval ballot on the neighbourhood's ballot with this receipt, for these plans. */
    static void ballot(String receipt, String neighbourhood, long... plans) {
        String id = String.format("%032x", (long) receipt.hashCode() & 0xffffffffL);
        execute("insert into ballot (id, round_id, neighbourhood_id, ballot_kind, receipt) values (?, ?,"
                + " (select id from neighbourhood where name = ?), 'APPROVAL', ?)", id, round(), neighbourhood, receipt);
        for (long plan : plans) {
            execute("insert into ballot_choice (ballot_id, plan_id) values (?, ?)", id, plan);
        }
    }

    /**
     * The plan ids in the rows marked chosen of the results page's table for ballot {@code scope} (0 = first); none
     * for a ballot without plans, which has no table.
     */
    static List<String> chosenOnPage(String page, int scope) {
        int at = page.indexOf("id=\"plans" + scope + "\"");
        if (at < 0) {
            return List.of();
        }
        String from = page.substring(at);
        String table = from.substring(0, from.indexOf("</table>"));
        return java.util.regex.Pattern.compile("<tr class=\"chosen\">\\s*<th scope=\"row\"><a href=\"[^\"]*/plannen/(\\d+)\"")
                .matcher(table).results().map(m -> m.group(1)).sorted().toList();
    }
}
