package nl.wijkfonds.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.platform.Languages;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Error pages (bad request or expired page, forbidden, not found, method not allowed, other refused requests, error)
 * as plain servlet output in the visitor's language, with the site's header and a language switch. Not Faces pages
 * on purpose: an error page must render even when the Faces lifecycle of the failed request cannot. Every status the
 * container or the application sends as an error gets one of them ({@code /error/status} is web.xml's default).
 */
@WebServlet("/error/*")
public class ErrorPageServlet extends HttpServlet {

    private static final Map<Integer, String> KIND_BY_STATUS = Map.of(
            400, "expired", 403, "forbidden", 404, "not-found", 405, "method", 500, "error");
    /** Any other refusal of a request (406, 413, 415, ...), with the status the container chose. */
    private static final String REFUSED = "refused";
    private static final String BY_STATUS = "status";

    @Inject
    private LanguageBean language;

    /** Where the error page for a status lives, e.g. for a redirect after a failed ajax request. */
    static String pathFor(int status) {
        return "/error/" + kindFor(status);
    }

    private static String kindFor(int status) {
        return KIND_BY_STATUS.getOrDefault(status, status >= 400 && status < 500 ? REFUSED : "error");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requested = request.getPathInfo() == null ? "error" : request.getPathInfo().substring(1);
        Object errorStatus = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String kind;
        if (errorStatus instanceof Integer status && requested.equals(BY_STATUS)) {
            kind = kindFor(status);
        } else {
            kind = KIND_BY_STATUS.containsValue(requested) || requested.equals(REFUSED) ? requested : "not-found";
        }
        if (errorStatus == null) {
            // Opened directly (or after an ajax redirect): answer with the status the page stands for.
            response.setStatus(KIND_BY_STATUS.entrySet().stream().filter(e -> e.getValue().equals(kind))
                    .map(Map.Entry::getKey).findFirst().orElse(HttpServletResponse.SC_BAD_REQUEST));
        }
        ResourceBundle messages = Languages.messages(language.getLocale());
        String title = messages.getString("error." + kind + ".title");
        String context = request.getContextPath();
        String here = context + pathFor(response.getStatus());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter page = response.getWriter();
        page.printf("""
                <!DOCTYPE html>
                <html lang="%1$s"><head><meta charset="UTF-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>%2$s – Wijkfonds</title>
                <link rel="stylesheet" href="%3$s/jakarta.faces.resource/css/wijkfonds.css.xhtml"/></head>
                <body><header class="site-header"><div class="bar"><a class="brand" href="%3$s/">Wijkfonds</a>
                <div class="languages"><a href="%4$s?lang=nl" lang="nl" hreflang="nl">Nederlands</a>
                <a href="%4$s?lang=en" lang="en" hreflang="en">English</a></div></div></header>
                <main id="main" class="content"><h1>%2$s</h1><p>%5$s</p>
                <p><a class="button" href="%3$s/">%6$s</a></p></main></body></html>
                """, language.getTag(), title, context, here,
                messages.getString("error." + kind + ".text"), messages.getString("error.home"));
    }
}
