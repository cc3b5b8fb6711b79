package nl.wijkfonds.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.platform.Languages;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

import static nl.wijkfonds.shared.Jsons.JSON;

/**
 * Problem documents (RFC 9457, {@code application/problem+json}) for requests that are not form posts: file
 * downloads and uploads refused before any page could answer. Title and detail are in the visitor's language.
 */
public final class Problems {

    private Problems() {
    }

    /** Writes a problem document; {@code kind} names both its type URI and its message keys. */
    public static void send(HttpServletResponse response, int status, String kind, Locale locale) throws IOException {
        ResourceBundle messages = Languages.messages(locale);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.createObjectBuilder()
                .add("type", "https://wijkfonds.nl/problems/" + kind)
                .add("title", messages.getString("plan.problem." + kind + ".title"))
                .add("status", status)
                .add("detail", messages.getString("plan.problem." + kind + ".detail"))
                .build()
                .toString());
    }
}
