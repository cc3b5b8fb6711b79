package nl.wijkfonds.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.platform.DatabaseReadiness;

import java.io.IOException;

/**
 * {@code /health/ready} for load balancers and the start scripts: UP (200) while the database answers, DOWN (503)
 * otherwise, and nothing more. Versions and error texts are for administrators ({@code /admin/health}).
 */
@WebServlet(ReadinessServlet.PATH)
public class ReadinessServlet extends HttpServlet {

    static final String PATH = "/health/ready";

    @Inject
    private DatabaseReadiness database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ready = database.check().ready();
        response.setStatus(ready ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
