package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The allocation package stays plain Java that auditors can run anywhere, and never computes with
 * floating point (an outcome must not depend on rounding).
 */
class EngineBoundaryTest {

    private static final Path SOURCES = Path.of(System.getProperty("basedir", "."),
            "src", "main", "java", "nl", "wijkfonds", "allocation");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /** Source text without comments and string literals, so prose like "double quote" is not code. */
    private static String code(Path file) throws IOException {
        String text = Files.readString(file);
        text = text.replaceAll("(?s)/\\*.*?\\*/", " ");
        text = text.replaceAll("//[^\\n]*", " ");
        text = text.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        return text;
    }

    @Test
    void allocationImportsNoJakartaJpaOrFaces() throws IOException {
        Pattern forbidden = Pattern.compile("^\\s*import\\s+(static\\s+)?(jakarta|javax\\.(persistence|faces|inject|ejb|ws)|org\\.primefaces|org\\.omnifaces)\\.",
                Pattern.MULTILINE);
        List<String> offenders = new ArrayList<>();
        for (Path f : sources()) {
            if (forbidden.matcher(Files.readString(f)).find()) {
                offenders.add(SOURCES.relativize(f).toString());
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void allocationNeverUsesFloatingPoint() throws IOException {
        Pattern floating = Pattern.compile("\\b(double|float|Double|Float|Math\\.(sqrt|pow|random))\\b");
        List<String> offenders = new ArrayList<>();
        for (Path f : sources()) {
            if (floating.matcher(code(f)).find()) {
                offenders.add(SOURCES.relativize(f).toString());
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void sourcesAreFound() throws IOException {
        assertEquals(true, sources().size() > 10, "looked in " + SOURCES);
    }
}
