package nl.wijkfonds.plan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable, stable addresses for plans: {@code /plannen/12-meer-bomen} shows plan 12 (only the number counts, so the
 * address keeps working when the title changes). {@code /plans/...} is the English alias: it opens the same page in
 * English.
 */
@WebFilter(urlPatterns = {"/plannen/*", "/plans", "/plans/*"})
public class PlanAddressFilter extends HttpFilter {

    private static final Pattern PLAN = Pattern.compile("/(plannen|plans)/(\\d{1,18})(-[a-z0-9-]*)?/?");
    private static final Pattern ENGLISH = Pattern.compile("/plans(/.*)?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher english = ENGLISH.matcher(path);
        if (english.matches()) {
            String rest = english.group(1) == null ? "/" : english.group(1);
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + "/plannen" + rest + "?lang=en"
                    + (query == null ? "" : "&" + query));
            return;
        }
        Matcher plan = PLAN.matcher(path);
        if (plan.matches()) {
            request.getRequestDispatcher("/plannen/plan?id=" + plan.group(2)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
