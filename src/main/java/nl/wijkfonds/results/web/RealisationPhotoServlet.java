package nl.wijkfonds.results.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.plan.FileContent;
import nl.wijkfonds.results.OutcomeService;
import nl.wijkfonds.web.LanguageBean;
import nl.wijkfonds.web.Problems;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the photo of a progress note, {@code /uitvoering-foto/{note id}} and {@code .../thumbnail}, once the
 * plan's result is published; anything else is a 404 problem document.
 */
@WebServlet("/uitvoering-foto/*")
public class RealisationPhotoServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(/thumbnail)?");

    @Inject
    private OutcomeService outcomes;

    @Inject
    private LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<FileContent> photo = path.matches()
                ? outcomes.photo(Long.parseLong(path.group(1)), path.group(2) != null) : Optional.empty();
        if (photo.isEmpty()) {
            Problems.send(response, HttpServletResponse.SC_NOT_FOUND, "file-not-found", language.getLocale());
            return;
        }
        FileContent content = photo.get();
        response.setContentType(content.contentType());
        response.setContentLength(content.bytes().length);
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Content-Disposition", "inline; filename=\"" + content.fileName() + "\"");
        response.getOutputStream().write(content.bytes());
    }
}
