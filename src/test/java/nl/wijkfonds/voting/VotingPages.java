package nl.wijkfonds.voting;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The voting tests' way to a round that votes: the demo round (four neighbourhoods with € 75,000 each) with eligible
 * plans written straight into the database (the review has its own tests), a register imported and code letters
 * downloaded through the officials' page, and the codes read back from the letters PDF, where alone they exist.
 */
final class VotingPages {

    /** Only Oud-West has 1054; only Westerpark has 1051 (1052 belongs to both, the first wins). */
    static final String OUD_WEST = "1054 AB";
    static final String WESTERPARK = "1051 CD";

    private VotingPages() {
    }

    static long round() {
        return Long.parseLong(single("select id from budget_round where name = 'Wijkfonds West 2027'"));
    }

    static String votingPage() {
        return "official/voting?round=" + round();
    }

    /** An eligible plan of the demo round in a neighbourhood, at a cost in euros. */
    static long eligiblePlan(String title, long euros, String neighbourhood, String theme) {
        execute("insert into plan (round_id, submitter_id, status, title, summary, theme_id, neighbourhood_id,"
                        + " cost_cents, created_at, updated_at, submitted_at) values (?, (select id from account"
                        + " where email = 'bewoner@demo.wijkfonds.nl'), 'ELIGIBLE', ?, 'Een plan voor de buurt.',"
                        + " (select id from theme where name = ? and round_id = ?), (select id from neighbourhood"
                        + " where name = ? and round_id = ?), ?, now(3), now(3), now(3))",
                round(), title, theme, round(), neighbourhood, round(), euros * 100);
        long id = Long.parseLong(single("select id from plan where title = ?", title));
        execute("insert into plan_cost_item (plan_id, position, item, amount_cents) values (?, 0, 'Alles', ?)",
                id, euros * 100);
        return id;
    }

    static String planId(String title) {
        return single("select id from plan where title = ?", title);
    }

    /** Moves the demo round one phase on through the officials' rounds page. */
    static void nextPhase(FacesClient official, String expected) {
        Page rounds = official.get("official/rounds");
        int row = Integer.parseInt(single("select count(*) from budget_round where round_year > 2027"
                + " or (round_year = 2027 and id > ?)", round()));
        Page moved = official.submit(rounds, "rounds", "roundRows:" + row + ":next", Map.of());
        assertEquals(302, moved.status(), moved.body());
        assertEquals(expected, single("select phase from budget_round where id = ?", round()));
    }

    /** Imports a register file through the officials' page and waits until the import is done. */
    static Page importRegister(FacesClient official, String csv) {
        Page page = official.get(votingPage());
        Page started = official.submitFile(page, "register", "import", "file", "register.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(302, started.status(), started.body());
        Page progress = official.open(started.location());
        for (int i = 0; i < 100 && progress.contains("data-refresh"); i++) {
            progress = official.open(started.location());
        }
        return progress;
    }

    /** Issues the codes through the officials' page and reads them from the letters: voter reference → code. */
    static Map<String, String> codeLetters(FacesClient official) {
        Page page = official.get(votingPage());
        return codesIn(official.download(page, "codes", "letters"));
    }

    static Map<String, String> codesIn(byte[] pdf) {
        Map<String, String> codes = new LinkedHashMap<>();
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            Pattern reference = Pattern.compile("^(\\S+) {4}\\d{4}[A-Z]{2}");
            Pattern code = Pattern.compile("([" + CodeAlphabet.SYMBOLS + "]{5}-[" + CodeAlphabet.SYMBOLS + "]{5})");
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                String content = text.getTextFromPage(page);
                Matcher ref = reference.matcher(content);
                Matcher found = code.matcher(content);
                if (ref.find() && found.find()) {
                    codes.put(ref.group(1), found.group(1));
                }
            }
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    /** A vote through the API: status and body. */
    static HttpResponse<String> castByApi(URL base, long round, String json, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/rounds/" + round
                        + "/ballots"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String vote(String code, String postcode, long... planIds) {
        StringBuilder choices = new StringBuilder();
        for (long plan : planIds) {
            choices.append(choices.length() == 0 ? "" : ",").append("{\"plan\":").append(plan).append('}');
        }
        return "{\"code\":\"" + code + "\",\"postcode\":\"" + postcode + "\",\"choices\":[" + choices + "]}";
    }
}
