package nl.wijkfonds.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The client address of the current web request, for throttling and the security log; null outside a request
 * (startup, the mail executor). Behind a reverse proxy this is the proxy's address unless Payara is told to trust
 * its forwarding header (see README).
 */
@ApplicationScoped
public class ClientAddress {

    private static final String NONE = "none";

    @Inject
    private Instance<HttpServletRequest> request;

    public String get() {
        try {
            return request.get().getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    /** The address as a throttling subject: outside a request every caller shares one. */
    public String orNone() {
        String address = get();
        return address == null ? NONE : address;
    }
}
