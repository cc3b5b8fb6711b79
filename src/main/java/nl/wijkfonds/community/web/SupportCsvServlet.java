package nl.wijkfonds.community.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.community.SupportOverview;
import nl.wijkfonds.community.SupportRow;
import nl.wijkfonds.community.SupportService;
import nl.wijkfonds.identity.SecurityEventKind;
import nl.wijkfonds.identity.SecurityLog;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.web.CsvFile;
import nl.wijkfonds.web.LanguageBean;
import nl.wijkfonds.web.Problems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Who supported which plan of a round, as CSV for officials ({@code /official/community/support.csv?round=id}; the
 * {@code /official/community/*} constraint guards it): one line per supporter, and one for a plan nobody supports,
 * with the count and whether the plan fell short of the threshold.
 */
@WebServlet("/official/community/support.csv")
public class SupportCsvServlet extends HttpServlet {

    private static final List<String> COLUMNS = List.of("plan", "title", "status", "supporters", "shortOfSupport",
            "name", "email", "account", "supportedAt");

    @Inject
    private SupportService support;

    @Inject
    private LanguageBean language;

    @Inject
    private SecurityLog securityLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.getLocale();
        long roundId;
        SupportOverview overview;
        try {
            roundId = Long.parseLong(String.valueOf(request.getParameter("round")));
            overview = support.overview(roundId);
        } catch (NumberFormatException | DomainException notFound) {
            Problems.send(response, HttpServletResponse.SC_NOT_FOUND, "round-not-found", locale);
            return;
        }
        // Names and addresses of supporters: every export goes into the security log.
        securityLog.record(SecurityEventKind.PERSONAL_DATA_EXPORTED, null,
                "support.csv round " + roundId + ", " + overview.plans().size() + " plans");
        ResourceBundle messages = Languages.messages(locale);
        CsvFile csv = CsvFile.start(response, messages.getString("community.csv.file"), locale);
        csv.line(COLUMNS.stream().map(column -> messages.getString("community.csv." + column)).toList());
        String yes = messages.getString("community.csv.yes");
        for (SupportRow row : overview.plans()) {
            List<Object> plan = Arrays.asList(row.planId(), row.title(), messages.getString(row.status().messageKey()),
                    row.count(), row.shortOfSupport() ? yes : "");
            if (row.supporters().isEmpty()) {
                csv.line(plan);
            }
            for (SupportRow.Supporter supporter : row.supporters()) {
                List<Object> line = new ArrayList<>(plan);
                line.addAll(Arrays.asList(supporter.name(), supporter.email(), supporter.publicId(),
                        CsvFile.moment(supporter.supportedAt())));
                csv.line(line);
            }
        }
        csv.finish();
    }
}
