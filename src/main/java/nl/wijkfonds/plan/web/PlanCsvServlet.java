package nl.wijkfonds.plan.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.identity.SecurityEventKind;
import nl.wijkfonds.identity.SecurityLog;
import nl.wijkfonds.plan.PlanOverview;
import nl.wijkfonds.plan.PlanRow;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.web.CsvFile;
import nl.wijkfonds.web.LanguageBean;
import nl.wijkfonds.web.Problems;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * All plans of a round as CSV for officials ({@code /official/plans.csv?round=id}; the {@code /official/*} security
 * constraint guards it), in the person's language: headers and values in words, laid out for their spreadsheet
 * ({@link CsvFile}).
 */
@WebServlet("/official/plans.csv")
public class PlanCsvServlet extends HttpServlet {

    private static final List<String> COLUMNS = List.of("id", "title", "status", "theme", "neighbourhood", "cost",
            "role", "organisation", "contactName", "contactEmail", "contactPhone", "account", "submitted", "changed");

    @Inject
    private PlanService plans;

    @Inject
    private RoundService rounds;

    @Inject
    private LanguageBean language;

    @Inject
    private SecurityLog securityLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PlanOverview overview;
        Long roundId;
        try {
            String round = request.getParameter("round");
            roundId = round == null ? rounds.current().map(Round::getId).orElse(null) : Long.valueOf(round);
            if (roundId == null) {
                throw new DomainException("round.notFound");
            }
            overview = plans.overview(roundId);
        } catch (NumberFormatException | DomainException notFound) {
            Problems.send(response, HttpServletResponse.SC_NOT_FOUND, "round-not-found", language.getLocale());
            return;
        }
        // The file holds residents' contact details: every export goes into the security log.
        securityLog.record(SecurityEventKind.PERSONAL_DATA_EXPORTED, null,
                "plans.csv round " + roundId + ", " + overview.plans().size() + " plans");
        Locale locale = language.getLocale();
        ResourceBundle messages = Languages.messages(locale);
        CsvFile csv = CsvFile.start(response, messages.getString("plan.csv.file"), locale);
        csv.line(COLUMNS.stream().map(column -> messages.getString("plan.csv." + column)).toList());
        for (PlanRow row : overview.plans()) {
            csv.line(Arrays.asList(row.id(), row.title(), messages.getString(row.status().messageKey()),
                    row.theme(), row.neighbourhood(), csv.amount(row.cost().cents()),
                    row.submitterRole() == null ? null : messages.getString(row.submitterRole().messageKey()),
                    row.organisationName(), row.contactName(), row.contactEmail(), row.contactPhone(),
                    row.account(), CsvFile.moment(row.submittedAt()), CsvFile.moment(row.updatedAt())));
        }
        csv.finish();
    }
}
