package nl.wijkfonds.identity.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import nl.wijkfonds.platform.Settings;

/**
 * The session cookie: {@code HttpOnly}, {@code Secure} when the platform runs behind HTTPS
 * ({@code WIJKFONDS_SECURE_COOKIES}), and the idle timeout from the settings. {@code SameSite=Lax} comes from
 * WEB-INF/payara-web.xml: Payara 6 sends neither web.xml's nor this API's SameSite attribute.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        context.setSessionTimeout(Settings.sessionIdleMinutes());
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(Settings.secureCookies());
    }
}
