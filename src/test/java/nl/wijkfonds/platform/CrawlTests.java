package nl.wijkfonds.platform;

import nl.wijkfonds.testing.Browser;
import nl.wijkfonds.testing.DemoAccounts;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the application (every .xhtml under src/main/webapp outside WEB-INF and resources) opened by every
 * kind of visitor, also with odd parameters: never a server error, 403 for a role that may not see the page, 404 for
 * something that does not exist, the login page for an anonymous visitor of a protected page. Every page that
 * answers a visitor (with a real id where it shows one thing) passes axe-core in Chromium; the odd parameters are
 * checked over HTTP, where hundreds of addresses take seconds.
 */
interface CrawlTests extends Deployed {

    /** Who opens the pages: null for an anonymous visitor. */
    Map<String, String> VISITORS = visitors();

    List<String> ODD_QUERIES = List.of("", "id=abc", "id=999999", "id=-1", "id=", "round=abc", "round=999999",
            "plan=999", "id=%3Cscript%3E", "pagina=-3&zoek=%25_%21&thema=abc");

    @Test
    default void everyPageAnswersEveryVisitorWithTheRightStatusAndNeverAServerError() {
        Map<String, String> known = knownIds();
        List<String> wrong = new ArrayList<>();
        VISITORS.forEach((visitor, email) -> {
            FacesClient client = email == null ? new FacesClient(base()) : signedIn(email);
            for (String page : pages()) {
                for (String query : queries(page, known)) {
                    String address = address(page, query);
                    Page response = client.get(address);
                    Set<Integer> expected = expected(visitor, page, query, known);
                    if (!expected.contains(response.status())) {
                        wrong.add(visitor + " " + address + ": " + response.status() + ", expected " + expected);
                    } else if (response.status() == 302 && !response.location().contains("/login?next=")) {
                        wrong.add(visitor + " " + address + ": redirected to " + response.location());
                    }
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    default void everyPageThatAnswersPassesAxeForEveryVisitor() {
        Map<String, String> known = knownIds();
        VISITORS.forEach((visitor, email) -> {
            try (Browser browser = browser()) {
                if (email != null) {
                    browser.signIn(email, DemoAccounts.PASSWORD, "nl");
                }
                for (String page : pages()) {
                    String query = known.getOrDefault(page, "");
                    if (expected(visitor, page, query, known).equals(Set.of(200))) {
                        browser.open(address(page, query));
                        assertEquals(200, browser.status(), visitor + " " + address(page, query));
                    }
                }
                browser.open("bestaat-niet");
                assertEquals(404, browser.status(), "the not-found page is checked too");
            }
        });
    }

    /** The statuses that are right for this visitor on this page with this query. */
    private static Set<Integer> expected(String visitor, String page, String query, Map<String, String> known) {
        String area = page.contains("/") ? page.substring(0, page.indexOf('/')) : "";
        boolean resident = visitor.equals("resident");
        boolean staff = !resident && !visitor.equals("anonymous");
        boolean allowed = switch (area) {
            // Plans are residents' business; every signed-in person manages their own password, sessions and data,
            // and anyone signed in may report a comment.
            case "account" -> !staff || page.equals("account/security") || page.equals("account/data")
                    || page.equals("account/report");
            // Reviewing, who supported what, moderation and overriding a result are the officials' own work:
            // administrators manage rounds and accounts, not decisions.
            case "official" -> visitor.equals("official") || visitor.equals("admin")
                    && !page.startsWith("official/review") && !page.startsWith("official/community")
                    && !page.equals("official/outcome");
            case "audit" -> visitor.equals("auditor") || visitor.equals("admin");
            case "admin" -> visitor.equals("admin");
            // Paper ballots are the assistants' work only.
            case "assist" -> visitor.equals("assistant");
            default -> true;
        };
        boolean knownId = query.equals(known.get(page));
        boolean malformedId = query.equals("id=abc") || query.startsWith("id=%3C");
        // The digest's stop page is opened from an e-mail, without signing in; without its signed token it refuses.
        if (page.equals("digest/stop")) {
            return Set.of(403);
        }
        if (visitor.equals("anonymous") && !area.isEmpty() && !area.equals("plannen")
                && !area.equals("uitslag")) {
            return Set.of(302);
        }
        if (!allowed) {
            // A page that cannot even read its address says so before it asks who you are.
            boolean unreadable = page.equals("account/plan") ? malformedId
                    : (page.equals("account/appeal") || page.equals("account/pin"))
                    && (malformedId || !query.startsWith("id=") || query.equals("id="));
            return area.equals("account") && unreadable ? Set.of(403, 404) : Set.of(403);
        }
        if (knownId) {
            return Set.of(200);
        }
        boolean unknownId = query.startsWith("id=") && !query.equals("id=") && !knownId;
        return switch (page) {
            case "plannen/plan" -> Set.of(404);
            case "official/round", "account/plan" -> unknownId ? Set.of(404) : Set.of(200);
            case "official/plans" -> query.startsWith("round=") || query.startsWith("plan=") ? Set.of(404)
                    : Set.of(200);
            case "official/review/plan", "official/review/criteria", "official/outcome", "account/appeal", "account/report", "account/pin",
                    "official/community/comment", "official/voting", "official/ballot-texts" -> Set.of(404);
            case "official/review/", "official/community/" -> query.startsWith("round=") ? Set.of(404) : Set.of(200);
            case "official/results" -> Set.of(404);
            case "uitslag/", "uitslag/stembiljetten", "uitslag/vergelijken" -> query.startsWith("round=") ? Set.of(404)
                    : Set.of(200);
            default -> Set.of(200);
        };
    }

    /** The application's pages as addresses relative to it: "official/round", "plannen/" for plannen/index. */
    private static List<String> pages() {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                    .map(p -> p.substring(0, p.length() - ".xhtml".length()))
                    .map(p -> p.equals("index") ? "" : p.endsWith("/index") ? p.substring(0, p.length() - 5) : p)
                    .sorted().toList();
            assertTrue(pages.size() >= 10, "pages found: " + pages);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> queries(String page, Map<String, String> known) {
        List<String> queries = new ArrayList<>(ODD_QUERIES);
        if (known.containsKey(page)) {
            queries.add(known.get(page));
        }
        return queries;
    }

    private static String address(String page, String query) {
        return query.isEmpty() ? page : page + "?" + query;
    }

    /** For pages about one thing, the query that names something that exists (made here if needed). */
    private Map<String, String> knownIds() {
        String title = "Plan voor de rondgang";
        if (single("select id from plan where title = ?", title) == null) {
            FacesClient resident = signedIn(DemoAccounts.RESIDENT);
            Page form = resident.get("account/plan");
            Page submitted = resident.submit(form, "plan", "submit", Map.ofEntries(
                    Map.entry("title", title), Map.entry("summary", "Een plan om elke pagina mee te openen."),
                    Map.entry("description", "Alle pagina's, voor iedereen."),
                    Map.entry("theme", single("select id from theme where name = 'Groen en klimaat'")),
                    Map.entry("neighbourhood", single("select id from neighbourhood where name = 'De Baarsjes'")),
                    Map.entry("location", "Overal"), Map.entry("submitterRole", "RESIDENT"),
                    Map.entry("contactName", "Demo Bewoner"), Map.entry("contactEmail", DemoAccounts.RESIDENT),
                    Map.entry("costRows:0:costItem", "Werk"), Map.entry("costRows:0:costAmount", "100")));
            assertEquals(302, submitted.status(), submitted.body());
        }
        String plan = single("select id from plan where title = ?", title);
        if (single("select id from plan_comment where plan_id = ?", plan) == null) {
            FacesClient resident = signedIn(DemoAccounts.RESIDENT);
            Page commented = resident.submit(resident.get("plannen/" + plan), "comment", "send",
                    Map.of("body", "Een reactie om elke pagina mee te openen."));
            assertEquals(302, commented.status(), commented.body());
        }
        String comment = single("select id from plan_comment where plan_id = ?", plan);
        String round = single("select id from budget_round where name = 'Wijkfonds West 2027'");
        Map<String, String> known = new LinkedHashMap<>();
        known.put("official/round", "id=" + round);
        known.put("account/plan", "id=" + plan);
        known.put("plannen/plan", "id=" + plan);
        known.put("official/plans", "round=" + round + "&plan=" + URLEncoder.encode(plan, StandardCharsets.UTF_8));
        known.put("official/review/plan", "id=" + plan);
        known.put("official/review/criteria", "round=" + round);
        known.put("account/appeal", "id=" + plan);
        known.put("account/report", "id=" + comment);
        known.put("account/pin", "id=" + plan);
        known.put("official/community/comment", "id=" + comment);
        known.put("official/voting", "round=" + round);
        known.put("official/ballot-texts", "round=" + round);
        known.put("stemmen", "ronde=" + round);
        known.put("spelregels", "ronde=" + round);
        known.put("assist/paper", "ronde=" + round);
        known.put("official/results", "round=" + round);
        known.put("official/outcome", "id=" + plan);
        return known;
    }

    private static Map<String, String> visitors() {
        Map<String, String> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", null);
        visitors.put("resident", DemoAccounts.RESIDENT);
        visitors.put("official", DemoAccounts.OFFICIAL);
        visitors.put("auditor", DemoAccounts.AUDITOR);
        visitors.put("admin", DemoAccounts.ADMIN);
        visitors.put("assistant", DemoAccounts.ASSISTANT);
        return visitors;
    }
}
