package nl.wijkfonds.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import nl.wijkfonds.platform.Settings;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Security headers on every response. Scripts are governed by the nonce-based {@code script-src} that PrimeFaces
 * writes for each page (context parameters {@code primefaces.CSP} and {@code primefaces.CSP_POLICY}: the nonce only,
 * no {@code 'self'}, so that no file on this host can be made to run as a script); the wrapper merges that
 * directive into our own policy instead of letting it replace it. A response that is no Faces page runs no script at
 * all. Pages with personal data (the signed-in areas, sign-in and registration, and every page a signed-in person
 * opens) are never stored by a browser or proxy.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    /**
     * Everything but scripts: styles inline for PrimeFaces, no plug-ins, no framing, forms only to ourselves. Map
     * tiles come from the configured tile server, as images only; blob: pictures are the upload's preview of a file
     * the person chose on their own device.
     */
    static final String BASE_POLICY = "default-src 'self'; img-src 'self' data: blob: " + Settings.mapTileOrigin()
            + "; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Pattern PERSONAL_PAGES = Pattern.compile("^/(account|official|audit|admin)/.*"
            + "|^/(login|register|forgot-password|reset-password|invitation|verify)(\\.xhtml)?$");

    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, BASE_POLICY + "; script-src 'none'");
        if (isPersonal(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, new MergingPolicy(response));
    }

    private static boolean isPersonal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PERSONAL_PAGES.matcher(path).matches()
                || request.getRemoteUser() != null && !path.startsWith(RESOURCES);
    }

    /** Keeps our base policy when a component library sets its own script policy. */
    private static final class MergingPolicy extends HttpServletResponseWrapper {

        MergingPolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, merged(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        private static String merged(String name, String value) {
            return CSP.equalsIgnoreCase(name) && !value.startsWith(BASE_POLICY) ? BASE_POLICY + "; " + value : value;
        }
    }
}
