package nl.wijkfonds.notify;

import nl.wijkfonds.platform.Languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of e-mails: for each template and language, {@code mail/NAME_LANG.txt} (first line {@code Subject: ...},
 * then the plain text) and {@code mail/NAME_LANG.html}. Placeholders are {@code {{name}}}; values are escaped in the
 * HTML part. A placeholder without a value is a programming error and fails at once, in the caller's transaction.
 */
public final class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String SUBJECT = "Subject: ";

    /** A message ready to send. */
    public record Rendered(String subject, String text, String html) {
    }

    private MailTemplates() {
    }

    public static Rendered render(String template, Locale locale, Map<String, String> values) {
        String language = Languages.byTag(locale == null ? null : locale.getLanguage()).getLanguage();
        String text = read(template, language, "txt");
        if (!text.startsWith(SUBJECT)) {
            throw new IllegalStateException("mail template " + template + "_" + language + ".txt lacks its subject line");
        }
        int endOfSubject = text.indexOf('\n');
        String subject = fill(text.substring(SUBJECT.length(), endOfSubject).strip(), values, false);
        return new Rendered(subject, fill(text.substring(endOfSubject + 1), values, false),
                fill(read(template, language, "html"), values, true));
    }

    private static String fill(String text, Map<String, String> values, boolean html) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + placeholder.group(1) + "}}");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(html ? escape(value) : value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String read(String template, String language, String extension) {
        String path = "mail/" + template + "_" + language + "." + extension;
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no mail template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
