package nl.wijkfonds.identity;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The client address of the web request this thread serves, for throttling and the security log; null outside a
 * request (startup, the mail executor). Set by {@link nl.wijkfonds.identity.web.ClientAddressFilter}. Behind a
 * reverse proxy this is the proxy's address unless Payara is told to trust its forwarding header (see README).
 */
@ApplicationScoped
public class ClientAddress {

    private static final String NONE = "none";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** Runs {@code work} with {@code address} as the current client address. */
    public void during(String address, ThrowingRunnable work) throws Exception {
        CURRENT.set(address);
        try {
            work.run();
        } finally {
            CURRENT.remove();
        }
    }

    public String get() {
        return CURRENT.get();
    }

    /** The address as a throttling subject: outside a request every caller shares one. */
    public String orNone() {
        String address = get();
        return address == null ? NONE : address;
    }

    /** The rest of the request, which may throw what a filter chain throws. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
