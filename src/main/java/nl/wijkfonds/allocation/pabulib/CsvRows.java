package nl.wijkfonds.allocation.pabulib;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pabulib text into rows of {@code ;}-separated fields, the way Python's csv module reads them
 * (the reference parser uses it): a field that starts with a double quote runs to the closing quote, may
 * contain {@code ;} and line breaks, and {@code ""} inside it stands for one quote. Each row remembers the
 * line it starts on, for error messages.
 */
final class CsvRows {

    record Row(int line, List<String> fields) {
        String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private CsvRows() {
    }

    static List<Row> split(String text) throws PabulibException {
        List<Row> rows = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int rowLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean rowDone = false;
            while (!rowDone) {
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new PabulibException(rowLine, "a quoted field is never closed");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append(c);
                        }
                    }
                }
                while (i < n && text.charAt(i) != ';' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    field.append(text.charAt(i++));
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i < n && text.charAt(i) == ';') {
                    i++;
                } else {
                    if (i < n && text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    rowDone = true;
                }
            }
            rows.add(new Row(rowLine, fields));
        }
        return rows;
    }
}
