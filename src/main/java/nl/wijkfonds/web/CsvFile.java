package nl.wijkfonds.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.platform.Languages;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A CSV download laid out the way the person's spreadsheet program reads it: UTF-8 with a byte-order mark; in Dutch
 * separated by semicolons with decimal commas, in English by commas with decimal points. Every cell is quoted, and
 * cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class CsvFile {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Clocks.AMSTERDAM);

    private final PrintWriter out;
    private final String separator;
    private final NumberFormat amount;

    private CsvFile(PrintWriter out, Locale locale) {
        this.out = out;
        this.separator = Languages.DUTCH.getLanguage().equals(locale.getLanguage()) ? ";" : ",";
        this.amount = NumberFormat.getNumberInstance(locale);
        amount.setGroupingUsed(false);
        amount.setMinimumFractionDigits(2);
    }

    /** Starts the download of {@code fileName}; never cached, since such files hold personal data. */
    public static CsvFile start(HttpServletResponse response, String fileName, Locale locale) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        return new CsvFile(out, locale);
    }

    /** One line; null values are empty cells. */
    public void line(List<?> values) {
        out.write(values.stream().map(value -> value == null ? "" : value.toString()).map(CsvFile::cell)
                .collect(Collectors.joining(separator)));
        out.write("\r\n");
    }

    /** Euro cents as the person's spreadsheet reads an amount. */
    public String amount(long cents) {
        return amount.format(BigDecimal.valueOf(cents, 2));
    }

    /** A moment in Amsterdam time, to the minute; null stays null. */
    public static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant);
    }

    public void finish() {
        out.flush();
    }

    /** Quotes every cell and defuses formulas (=, +, -, @, tab, carriage return at the start). */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
