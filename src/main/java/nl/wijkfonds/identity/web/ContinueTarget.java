package nl.wijkfonds.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.net.URI;

/**
 * Where a person was going when the login page interrupted them. Jakarta Security's login-to-continue keeps that
 * request in the session and, after a multi-step sign-in, would finish the sign-in on the redirected request,
 * where the caller's groups did not reach the EJB container. We take the address ourselves, remove the saved
 * request (so authentication completes at once) and redirect there: only to a path inside this application.
 */
final class ContinueTarget {

    /** Soteria's (Payara's Jakarta Security) session attributes for the saved request. */
    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";
    private static final String SAVED_REQUEST_JSON = SAVED_REQUEST + ".json";

    private ContinueTarget() {
    }

    /** The path to continue to (the home page when none was saved); forgets the saved request. */
    static String take(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        HttpSession session = request.getSession(false);
        if (session == null) {
            return home;
        }
        Object saved = session.getAttribute(SAVED_REQUEST);
        session.removeAttribute(SAVED_REQUEST);
        session.removeAttribute(SAVED_REQUEST_JSON);
        if (saved == null) {
            return home;
        }
        try {
            URI target = URI.create((String) saved.getClass().getMethod("getFullRequestURL").invoke(saved));
            String path = target.getRawPath();
            if (path == null || !path.startsWith(home) || path.startsWith("//")) {
                return home;
            }
            return path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        } catch (ReflectiveOperationException | IllegalArgumentException | ClassCastException unreadable) {
            return home;
        }
    }
}
