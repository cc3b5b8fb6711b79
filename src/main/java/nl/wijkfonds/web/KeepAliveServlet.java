package nl.wijkfonds.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a signed-in person's session from timing out while they are typing a long text (the plan editor calls it
 * every few minutes while typing, see js/wijkfonds.js). Creates no session and answers nothing.
 */
@WebServlet("/session/keep-alive")
public class KeepAliveServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        request.getSession(false);
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
