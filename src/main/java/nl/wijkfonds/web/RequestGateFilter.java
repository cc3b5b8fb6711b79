package nl.wijkfonds.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first filter of every request (declared first in web.xml). It lets through only the methods a browser needs
 * (GET, HEAD, POST; anything else is a 405 with our own page), and hides what the server would otherwise publish
 * beside the application: Payara's metrics and detailed health endpoints and Jersey's WADL documents answer 404.
 * Post-boot commands switch those endpoints off as well; this filter keeps them hidden wherever the commands were not
 * applied. Public stay {@code /health/ready} (UP or DOWN) and the vote API's OpenAPI document at {@code /openapi},
 * but nothing below it.
 */
public class RequestGateFilter extends HttpFilter {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    static final String ALLOWED = "GET, HEAD, POST";

    private static final Pattern SERVER_INTERNALS =
            Pattern.compile("^/(metrics|health)(/.*)?$|^/openapi/.+|.*\\.wadl$|.*/application\\.wadl/.*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ALLOWED);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(ReadinessServlet.PATH) && SERVER_INTERNALS.matcher(path).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
