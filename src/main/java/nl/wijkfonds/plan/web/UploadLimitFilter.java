package nl.wijkfonds.plan.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.web.LanguageBean;

import java.io.IOException;
import java.util.Locale;
import nl.wijkfonds.web.Problems;

/**
 * Refuses an upload that is too large before anything reads it: a multipart request that announces more than
 * {@link #MAX_REQUEST_BYTES} gets a 413 problem document at once, its body never buffered. (Requests without a
 * length are cut off by the Faces servlet's multipart limits in web.xml.) Declared in web.xml so that it runs
 * before any filter that reads request parameters.
 */
public class UploadLimitFilter extends HttpFilter {

    /** The largest file (a 10 MB PDF) plus room for the form's own fields. */
    public static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024 + 256 * 1024;

    @Inject
    private LanguageBean language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            response.setHeader("Connection", "close");
            Problems.send(response, 413, "upload-too-large", language.getLocale());
            return;
        }
        chain.doFilter(request, response);
    }
}
