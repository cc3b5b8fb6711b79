package nl.wijkfonds.audit.chain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON objects of one level (text, whole numbers and null values), one per line: the export's format, written and
 * read here so that the verifier needs nothing but the JDK. Numbers are read back as their text.
 */
public final class FlatJson {

    private FlatJson() {
    }

    public static String write(Map<String, ?> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, name).append(':');
            if (value == null) {
                json.append("null");
            } else if (value instanceof Long || value instanceof Integer) {
                json.append(value);
            } else {
                quote(json, value.toString());
            }
        });
        return json.append('}').toString();
    }

    public static Map<String, String> read(String line) {
        Reader reader = new Reader(line.strip());
        Map<String, String> fields = reader.object();
        if (reader.at < reader.text.length()) {
            throw new IllegalArgumentException("text after the object at " + reader.at);
        }
        return fields;
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Map<String, String> object() {
            Map<String, String> fields = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                at++;
                return fields;
            }
            do {
                String name = string();
                expect(':');
                fields.put(name, value());
            } while (next() == ',');
            at--;
            expect('}');
            return fields;
        }

        private String value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (text.startsWith("null", at)) {
                at += 4;
                return null;
            }
            int start = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '-')) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("a value expected at " + start);
            }
            return text.substring(start, at);
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            char c;
            while ((c = raw()) != '"') {
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = raw();
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> value.append(escaped);
                }
            }
            return value.toString();
        }

        /** The next character as it is: inside a string, spaces count. */
        private char raw() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("a string does not end");
            }
            return text.charAt(at++);
        }

        private void expect(char expected) {
            if (next() != expected) {
                throw new IllegalArgumentException("'" + expected + "' expected at " + (at - 1));
            }
        }

        private char peek() {
            skipSpace();
            if (at >= text.length()) {
                throw new IllegalArgumentException("the line ends too early");
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
