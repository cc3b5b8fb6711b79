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
import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.web.LanguageBean;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkfonds.web.Problems;

/**
 * All plans of a round as CSV for officials ({@code /official/plans.csv?round=id}; the {@code /official/*} security
 * constraint guards it). Separated by semicolons, UTF-8 with a byte-order mark so that spreadsheet programs set to
 * Dutch open it right; cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
@WebServlet("/official/plans.csv")
public class PlanCsvServlet extends HttpServlet {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Clocks.AMSTERDAM);

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
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"plannen.csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        line(out, List.of("id", "titel", "status", "thema", "buurt", "kosten_euro", "rol", "organisatie",
                "contact_naam", "contact_email", "contact_telefoon", "account", "ingediend", "gewijzigd"));
        for (PlanRow row : overview.plans()) {
            line(out, Stream.of(row.id(), row.title(), row.status(), row.theme(), row.neighbourhood(),
                            BigDecimal.valueOf(row.cost().cents(), 2).toPlainString(), row.submitterRole(),
                            row.organisationName(), row.contactName(), row.contactEmail(), row.contactPhone(),
                            row.account(), moment(row.submittedAt()), moment(row.updatedAt()))
                    .map(value -> value == null ? "" : value.toString()).toList());
        }
        out.flush();
    }

    private static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant);
    }

    private static void line(PrintWriter out, List<String> cells) {
        out.write(cells.stream().map(PlanCsvServlet::cell).collect(Collectors.joining(";")));
        out.write("\r\n");
    }

    /** Quotes every cell and defuses formulas (=, +, -, @, tab, carriage return at the start). */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
