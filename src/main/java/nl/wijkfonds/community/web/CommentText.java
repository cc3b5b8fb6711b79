package nl.wijkfonds.community.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's plain text as HTML: everything escaped, and web addresses made into links that search engines do not
 * follow and that cannot reach back into our page ({@code rel="nofollow ugc noopener"}, opened in the same tab).
 * Line breaks stay as they are: the page shows them (CSS {@code white-space: pre-line}).
 */
public final class CommentText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than the address. */
    private static final String TRAILING = ".,;:!?)]";

    private CommentText() {
    }

    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int done = 0;
        while (link.find()) {
            String url = link.group();
            while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
            }
            html.append(escape(text.substring(done, link.start())))
                    .append("<a href=\"").append(escape(url)).append("\" rel=\"nofollow ugc noopener\">")
                    .append(escape(url)).append("</a>");
            done = link.start() + url.length();
        }
        return html.append(escape(text.substring(done))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
