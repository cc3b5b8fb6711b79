package nl.wijkfonds.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Applies a {@code ?lang=nl|en} parameter on any page, so a link can open the platform in the right language. */
// FORWARD too: a filter that forwards (e.g. readable plan addresses) may run before this one on the request.
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LanguageFilter extends HttpFilter {

    @Inject
    private LanguageBean language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Reading a parameter fixes the request's encoding, so set ours first.
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String requested = request.getParameter("lang");
        if (requested != null) {
            language.choose(requested);
        }
        chain.doFilter(request, response);
    }
}
