package nl.wijkfonds.testing;

import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person must see after sending a form with mistakes: the page again (no server error), every problem once
 * beside its field (or group of fields) and once in the summary at the top, as a link to it; the wrong fields
 * marked aria-invalid and no others. With no problems: no summary at all.
 */
public final class FormProblems {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    private FormProblems() {
    }

    /** No problem at all: the form was accepted. */
    public static FormProblems none() {
        return new FormProblems();
    }

    /** A problem beside the field with this client id (e.g. "round:name"), with exactly this text. */
    public static FormProblems field(String clientId, String message) {
        return new FormProblems().and(clientId, message);
    }

    /** A problem with the whole form, shown only in the summary. */
    public static FormProblems general(String message) {
        FormProblems problems = new FormProblems();
        problems.general.add(message);
        return problems;
    }

    /** A problem with a group of fields (e.g. the themes together), shown where the group's message tag stands. */
    public static FormProblems group(String clientId, String message) {
        return new FormProblems().andGroup(clientId, message);
    }

    public FormProblems andGroup(String clientId, String message) {
        groups.put(clientId, message);
        return this;
    }

    public FormProblems and(String clientId, String message) {
        byField.put(clientId, message);
        return this;
    }

    /** Checks the page the browser shows now against these problems, and only these. */
    public void assertShownIn(Browser browser) {
        String where = " on " + browser.currentUrl();
        int status = browser.status();
        assertTrue(status > 0 && status < 500, "HTTP " + status + where + ":\n" + browser.pageText());
        if (byField.isEmpty() && groups.isEmpty() && general.isEmpty()) {
            assertFalse(browser.isPresent(By.id("errorSummary")), "no summary of problems" + where);
        }
        List<Browser.SummaryLine> summary = browser.errorSummary();
        assertEquals(byField.size() + groups.size() + general.size(), summary.size(), "lines in the summary" + where + ": " + summary);
        byField.forEach((field, message) -> {
            assertEquals(message, browser.messageBeside(field), "message beside " + field + where);
            List<Browser.SummaryLine> lines = summary.stream().filter(l -> field.equals(l.target())).toList();
            assertEquals(1, lines.size(), "summary lines linking to " + field + where + ": " + summary);
            assertTrue(lines.get(0).text().endsWith(message), "summary line of " + field + where + ": " + lines);
            assertTrue(browser.isMarkedInvalid(field), field + " is marked aria-invalid" + where);
        });
        groups.forEach((group, message) -> {
            assertEquals(message, browser.text(By.id(group)).strip(), "message at " + group + where);
            assertEquals(1, summary.stream().filter(l -> group.equals(l.target()) && l.text().equals(message)).count(),
                    "the summary links once to " + group + where + ": " + summary);
        });
        general.forEach(message -> assertEquals(1, summary.stream()
                        .filter(l -> l.target() == null && l.text().equals(message)).count(),
                "«" + message + "» once in the summary" + where + ": " + summary));
        String text = browser.pageText();
        for (String message : distinctMessages()) {
            long expected = 2 * byField.values().stream().filter(message::equals).count()
                    + 2 * groups.values().stream().filter(message::equals).count()
                    + general.stream().filter(message::equals).count();
            assertEquals(expected, occurrences(text, message), "times «" + message + "» is shown" + where);
        }
        for (String invalid : browser.fieldsMarkedInvalid()) {
            if (invalid != null && !invalid.isEmpty()) {
                assertTrue(byField.keySet().stream().anyMatch(f -> invalid.equals(f) || invalid.startsWith(f + ":")),
                        invalid + " is marked aria-invalid without a problem" + where);
            }
        }
    }

    private List<String> distinctMessages() {
        List<String> all = new ArrayList<>(byField.values());
        all.addAll(groups.values());
        all.addAll(general);
        return all.stream().distinct().toList();
    }

    private static long occurrences(String text, String part) {
        return Arrays.stream(text.split(java.util.regex.Pattern.quote(part), -1)).count() - 1;
    }
}
