package nl.wijkfonds.voting;

import nl.wijkfonds.round.Neighbourhood;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Reads a voter register file: UTF-8 CSV with a header naming the four columns (Dutch or English names, any order,
 * comma or semicolon), one voter per line. Checks every line and collects every problem: a missing column, an empty
 * or too long or repeated reference, a postcode that is no Dutch postcode or lies outside every neighbourhood of the
 * round, a house number that is no house number, a year of birth that is no year. Reading stores nothing.
 */
final class RegisterFile {

    static final int MAX_REFERENCE = 40;

    private static final Map<String, String> COLUMNS = Map.of(
            "referentie", "reference", "reference", "reference",
            "postcode", "postcode",
            "huisnummer", "houseNumber", "house_number", "houseNumber", "house number", "houseNumber",
            "geboortejaar", "birthYear", "year_of_birth", "birthYear", "year of birth", "birthYear");
    private static final List<String> NEEDED = List.of("reference", "postcode", "houseNumber", "birthYear");

    private final List<Neighbourhood> neighbourhoods;
    private final List<RegisterLine> lines = new ArrayList<>();
    private final List<RegisterImport.Problem> problems = new ArrayList<>();

    private RegisterFile(List<Neighbourhood> neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    /** Reads the file, telling {@code progress} how many lines it has read now and then. */
    static RegisterFile read(byte[] content, List<Neighbourhood> neighbourhoods, IntConsumer progress) {
        RegisterFile file = new RegisterFile(neighbourhoods);
        file.parse(content, progress);
        return file;
    }

    List<RegisterLine> lines() {
        return lines;
    }

    List<RegisterImport.Problem> problems() {
        return problems;
    }

    private void parse(byte[] content, IntConsumer progress) {
        Optional<String> text = utf8(content);
        if (text.isEmpty()) {
            problem(1, "voting.register.encoding");
            return;
        }
        String csv = text.get().startsWith("\uFEFF") ? text.get().substring(1) : text.get();
        if (csv.isBlank()) {
            problem(1, "voting.register.empty");
            return;
        }
        char delimiter = firstLine(csv).indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new StringReader(csv); CSVParser parser = format.parse(reader)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            if (columns == null) {
                return;
            }
            Map<String, Integer> references = new HashMap<>();
            int read = 0;
            for (CSVRecord record : parser) {
                line(record, (int) record.getRecordNumber() + 1, columns, references);
                if (++read % 1000 == 0) {
                    progress.accept(read);
                }
            }
            progress.accept(read);
            if (read == 0) {
                problem(1, "voting.register.empty");
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            problem(1, "voting.register.unreadable");
        }
    }

    /** Our name of each column by the file's, or null (and a problem) when one is missing. */
    private Map<String, String> columns(List<String> header) {
        Map<String, String> columns = new HashMap<>();
        for (String name : header) {
            String ours = COLUMNS.get(name.strip().toLowerCase(Locale.ROOT));
            if (ours != null) {
                columns.put(ours, name);
            }
        }
        List<String> missing = NEEDED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problem(1, "voting.register.missingColumns", String.join(", ", missing.stream()
                    .map(RegisterFile::dutchName).toList()));
            return null;
        }
        return columns;
    }

    private void line(CSVRecord record, int number, Map<String, String> columns, Map<String, Integer> references) {
        if (!record.isConsistent()) {
            problem(number, "voting.register.fieldCount");
            return;
        }
        int before = problems.size();
        String reference = record.get(columns.get("reference"));
        if (reference.isEmpty()) {
            problem(number, "voting.register.reference.empty");
        } else if (reference.length() > MAX_REFERENCE) {
            problem(number, "voting.register.reference.long", String.valueOf(MAX_REFERENCE));
        } else if (references.containsKey(reference)) {
            problem(number, "voting.register.reference.duplicate", reference,
                    String.valueOf(references.get(reference)));
        } else {
            references.put(reference, number);
        }
        Optional<String> postcode = Postcode.read(record.get(columns.get("postcode")));
        Long neighbourhood = null;
        if (postcode.isEmpty()) {
            problem(number, "voting.register.postcode", record.get(columns.get("postcode")));
        } else if (!neighbourhoods.isEmpty()) {
            neighbourhood = neighbourhoods.stream().filter(n -> Postcode.inRanges(postcode.get(), n.getPostcodeRanges()))
                    .map(Neighbourhood::getId).findFirst().orElse(null);
            if (neighbourhood == null) {
                problem(number, "voting.register.postcode.outside", postcode.get());
            }
        }
        String houseNumber = record.get(columns.get("houseNumber"));
        if (!houseNumber.matches("[1-9][0-9]{0,4}([ -]?[A-Za-z0-9]{1,6})?")) {
            problem(number, "voting.register.houseNumber", houseNumber);
        }
        String birthYear = record.get(columns.get("birthYear"));
        int year = birthYear.matches("(19|20)[0-9]{2}") ? Integer.parseInt(birthYear) : 0;
        if (year == 0 || year > Year.now(java.time.ZoneId.of("Europe/Amsterdam")).getValue()) {
            problem(number, "voting.register.birthYear", birthYear);
        }
        if (problems.size() == before) {
            lines.add(new RegisterLine(number, reference, postcode.orElseThrow(), houseNumber, year, neighbourhood));
        }
    }

    private void problem(int line, String key, String... arguments) {
        problems.add(new RegisterImport.Problem(line, key, List.of(arguments)));
    }

    private static String dutchName(String column) {
        return switch (column) {
            case "reference" -> "referentie";
            case "houseNumber" -> "huisnummer";
            case "birthYear" -> "geboortejaar";
            default -> column;
        };
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static Optional<String> utf8(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
