package nl.wijkfonds.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.identity.ClientAddress;

import java.io.IOException;

/** Tells the identity services which client address the request comes from (they know no servlet). */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class ClientAddressFilter extends HttpFilter {

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            clientAddress.during(request.getRemoteAddr(), () -> chain.doFilter(request, response));
        } catch (IOException | ServletException | RuntimeException passOn) {
            throw passOn;
        } catch (Exception unexpected) {
            throw new ServletException(unexpected);
        }
    }
}
