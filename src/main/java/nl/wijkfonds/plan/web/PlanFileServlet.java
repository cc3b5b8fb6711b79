package nl.wijkfonds.plan.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.plan.FileContent;
import nl.wijkfonds.plan.FileKind;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.web.LanguageBean;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkfonds.web.Problems;

/**
 * Serves a plan's images and PDFs from the database: {@code /plan-files/{id}} and {@code /plan-files/{id}/thumbnail}.
 * Files of drafts only reach their submitter and officials; everyone else gets a 404 problem document, so that a
 * draft's existence does not leak either. PDFs are always downloaded, never shown inline.
 */
@WebServlet("/plan-files/*")
public class PlanFileServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(/thumbnail)?");

    @Inject
    private PlanService plans;

    @Inject
    private LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<FileContent> file = path.matches()
                ? plans.file(Long.parseLong(path.group(1)), path.group(2) != null) : Optional.empty();
        if (file.isEmpty()) {
            Problems.send(response, HttpServletResponse.SC_NOT_FOUND, "file-not-found", language.getLocale());
            return;
        }
        FileContent content = file.get();
        response.setContentType(content.contentType());
        response.setContentLength(content.bytes().length);
        response.setHeader("Cache-Control", "private, max-age=300");
        String disposition = content.kind() == FileKind.PDF ? "attachment" : "inline";
        response.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''"
                + URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content.bytes());
    }
}
