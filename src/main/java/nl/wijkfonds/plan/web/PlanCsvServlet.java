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
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.web.LanguageBean;
import nl.wijkfonds.web.Problems;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All plans of a round as CSV for officials ({@code /official/plans.csv?round=id}; the {@code /official/*} security
 * constraint guards it), in the person's language: headers and values in words, and laid out the way their spreadsheet
 * program reads it — UTF-8 with a byte-order mark; in Dutch separated by semicolons with decimal commas, in English by
 * commas with decimal points. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
@WebServlet("/official/plans.csv")
public class PlanCsvServlet extends HttpServlet {

    private static final List<String> COLUMNS = List.of("id", "title", "status", "theme", "neighbourhood", "cost",
            "role", "organisation", "contactName", "contactEmail", "contactPhone", "account", "submitted", "changed");

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
        Locale locale = language.getLocale();
        ResourceBundle messages = Languages.messages(locale);
        // Opens as columns in the person's spreadsheet: Dutch ones expect ";" and a decimal comma, English ones ",".
        String separator = Languages.DUTCH.getLanguage().equals(locale.getLanguage()) ? ";" : ",";
        NumberFormat amount = NumberFormat.getNumberInstance(locale);
        amount.setGroupingUsed(false);
        amount.setMinimumFractionDigits(2);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + messages.getString("plan.csv.file")
                + "\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        line(out, separator, COLUMNS.stream().map(column -> messages.getString("plan.csv." + column)).toList());
        for (PlanRow row : overview.plans()) {
            line(out, separator, Stream.of(row.id(), row.title(), messages.getString(row.status().messageKey()),
                            row.theme(), row.neighbourhood(), amount.format(BigDecimal.valueOf(row.cost().cents(), 2)),
                            row.submitterRole() == null ? null : messages.getString(row.submitterRole().messageKey()),
                            row.organisationName(), row.contactName(), row.contactEmail(), row.contactPhone(),
                            row.account(), moment(row.submittedAt()), moment(row.updatedAt()))
                    .map(value -> value == null ? "" : value.toString()).toList());
        }
        out.flush();
    }

    private static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant);
    }

    private static void line(PrintWriter out, String separator, List<String> cells) {
        out.write(cells.stream().map(PlanCsvServlet::cell).collect(Collectors.joining(separator)));
        out.write("\r\n");
    }

    /** Quotes every cell and defuses formulas (=, +, -, @, tab, carriage return at the start). */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
