package nl.wijkfonds.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ResourceBundle;
import java.util.Set;
import nl.wijkfonds.platform.Languages;

/**
 * Error pages (forbidden, not found, expired, error) as plain servlet output in the visitor's language. Not Faces
 * pages on purpose: an error page must render even when the Faces lifecycle of the failed request cannot.
 */
@WebServlet("/error/*")
public class ErrorPageServlet extends HttpServlet {

    private static final Set<String> KINDS = Set.of("forbidden", "not-found", "expired", "error");

    @Inject
    private LanguageBean language;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "error" : request.getPathInfo().substring(1);
        if (!KINDS.contains(kind)) {
            kind = "not-found";
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        ResourceBundle messages = Languages.messages(language.getLocale());
        String title = messages.getString("error." + kind + ".title");
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.printf("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>%s – Wijkfonds</title>
                <link rel="stylesheet" href="%s/jakarta.faces.resource/css/wijkfonds.css.xhtml"/></head>
                <body><main id="main" class="content"><h1>%s</h1><p>%s</p><p><a href="%s/">%s</a></p></main>
                </body></html>
                """, language.getTag(), title, request.getContextPath(), title,
                messages.getString("error." + kind + ".text"), request.getContextPath(),
                messages.getString("error.home"));
    }
}
