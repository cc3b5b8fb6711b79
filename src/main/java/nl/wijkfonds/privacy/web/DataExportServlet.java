package nl.wijkfonds.privacy.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.privacy.PrivacyService;

import java.io.IOException;

/** The signed-in person's own data as a JSON file ({@code /account/data.json}, behind the account area's login). */
@WebServlet("/account/data.json")
public class DataExportServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    private PrivacyService privacy;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json = JSON.toJson(privacy.export());
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"wijkfonds-mijn-gegevens.json\"");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json);
    }
}
