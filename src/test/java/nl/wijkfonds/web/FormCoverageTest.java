package nl.wijkfonds.web;

import nl.wijkfonds.testing.CoversForm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every form in the pages has a browser test that sends it with mistakes, fixes them and sends it right
 * ({@link CoversForm}). Lists the forms in src/main/webapp (h:form, o:form and plain HTML forms, templates included)
 * and the forms the compiled tests declare, and fails for any form without a test, and for a test that declares a
 * form that no longer exists.
 */
class FormCoverageTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final Pattern FORM = Pattern.compile("<(?:h:form|o:form|form)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @Test
    void everyFormHasAMistakeThenFixBrowserTest() {
        Set<String> forms = formsInPages();
        Set<String> covered = formsCoveredByTests();
        assertTrue(forms.size() >= 10, "the scan finds the forms: " + forms);
        Set<String> missing = new TreeSet<>(forms);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "forms without a browser test that sends them wrong first"
                + " (write one and mark it @CoversForm)");
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(forms);
        assertEquals(Set.of(), stale, "@CoversForm names forms that are not in the pages");
    }

    /** "page#form" for every form in the pages; a form without an id cannot be named, so it fails here. */
    private static Set<String> formsInPages() {
        Set<String> forms = new TreeSet<>();
        List<String> withoutId = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String page = PAGES.relativize(file).toString().replace('\\', '/');
                Matcher form = FORM.matcher(Files.readString(file));
                while (form.find()) {
                    Matcher id = ID.matcher(form.group(1));
                    if (id.find()) {
                        forms.add(page + "#" + id.group(1));
                    } else {
                        withoutId.add(page);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(forms.isEmpty(), "no pages found under " + PAGES.toAbsolutePath());
        assertEquals(List.of(), withoutId, "forms without an id (give each form an id, so a test can name it)");
        return forms;
    }

    private static Set<String> formsCoveredByTests() {
        Set<String> covered = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = TEST_CLASSES.relativize(file).toString().replace('/', '.').replace('\\', '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        FormCoverageTest.class.getClassLoader());
                for (Method method : type.getDeclaredMethods()) {
                    Arrays.stream(method.getAnnotationsByType(CoversForm.class))
                            .forEach(form -> covered.add(form.page() + "#" + form.form()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return covered;
    }
}
