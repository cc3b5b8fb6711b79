package nl.wijkfonds.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import nl.wijkfonds.platform.Settings;

import java.io.IOException;
import java.net.URI;

/**
 * Every redirect points into the platform's configured public address ({@code WIJKFONDS_BASE_URL}), never to the
 * host a request named: the container would otherwise build absolute redirects from the Host header, so a forged
 * header could send a person elsewhere (and poison a cache). A redirect target keeps only its path and query.
 */
public class PublicAddressFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new PublicRedirects(request, response, URI.create(Settings.baseUrl())));
    }

    /**
     * Where a redirect to {@code location} (absolute, or relative to the request) goes on the public address: the
     * target's path within the application, under the base address (which may have a path of its own behind a proxy).
     */
    static String publicLocation(URI base, String contextPath, String requestUri, String location) {
        URI target = URI.create(requestUri).resolve(URI.create(location.strip()));
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        String inApplication = path.startsWith(contextPath + "/") ? path.substring(contextPath.length() + 1) : "";
        String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
        String fragment = target.getRawFragment() == null ? "" : "#" + target.getRawFragment();
        return base.resolve(inApplication + query + fragment).toString();
    }

    private static final class PublicRedirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final URI base;

        PublicRedirects(HttpServletRequest request, HttpServletResponse response, URI base) {
            super(response);
            this.request = request;
            this.base = base;
        }

        @Override
        public void sendRedirect(String location) {
            // Not the container's sendRedirect: that would make the location absolute from the Host header.
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isLocation(name) && value != null ? rewrite(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, isLocation(name) && value != null ? rewrite(value) : value);
        }

        private String rewrite(String location) {
            return publicLocation(base, request.getContextPath(), request.getRequestURI(), location);
        }

        private static boolean isLocation(String name) {
            return "Location".equalsIgnoreCase(name);
        }
    }
}
