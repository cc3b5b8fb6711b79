package nl.wijkfonds.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.wijkfonds.identity.SessionRegistry;

import java.io.IOException;

/**
 * Ends a signed-in HTTP session whose account session has ended: signed out elsewhere, ended by the person or a
 * password reset, disabled, idle too long, or past its absolute lifetime. The visitor lands on the login page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class SessionGuard extends HttpFilter {

    /** The HTTP session attribute holding the account session's key. */
    public static final String KEY = "wijkfonds.session";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    private SessionRegistry sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !request.getRequestURI().contains(RESOURCES)) {
            HttpSession session = request.getSession(false);
            String key = session == null ? null : (String) session.getAttribute(KEY);
            if (key == null || !sessions.stillOpen(key)) {
                request.logout();
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + SignInMechanism.LOGIN_PAGE + "?ended=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
