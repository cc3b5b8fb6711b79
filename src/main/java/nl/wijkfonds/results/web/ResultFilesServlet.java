package nl.wijkfonds.results.web;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.results.ResultService;
import nl.wijkfonds.results.RoundResult;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.ForbiddenException;
import nl.wijkfonds.voting.BallotScope;
import nl.wijkfonds.voting.Choice;
import nl.wijkfonds.voting.StoredBallot;
import nl.wijkfonds.web.LanguageBean;
import nl.wijkfonds.web.Problems;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.wijkfonds.shared.Jsons.JSON;

/**
 * The public files of a round's vote, for anyone who wants to check it ({@code /uitslag/bestanden/NAME?round=id},
 * the current round without {@code round}):
 * {@code stemmen-N.pb} (the pabulib file of ballot N, 1 = first), {@code stemmen.csv} and {@code stemmen.json} (every
 * anonymous ballot with its receipt) — all three only once voting has closed (403 before); {@code uitslag.json} (the
 * result exactly as signed) and {@code uitslag.json.sig} (its Ed25519 signature, base64) once published.
 */
@WebServlet("/uitslag/bestanden/*")
public class ResultFilesServlet extends HttpServlet {

    private static final Pattern BALLOT_FILE = Pattern.compile("/stemmen-(\\d{1,3})\\.pb");

    @Inject
    private ResultService results;

    @Inject
    private RoundService rounds;

    @Inject
    private LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = String.valueOf(request.getPathInfo());
        try {
            long roundId = roundId(request);
            Matcher ballotFile = BALLOT_FILE.matcher(name);
            if (ballotFile.matches()) {
                ResultService.Download file = results.ballotFileToDownload(roundId,
                        Integer.parseInt(ballotFile.group(1)) - 1);
                send(response, "text/plain", file.fileName(), file.content());
            } else if (name.equals("/stemmen.csv")) {
                send(response, "text/csv", "stemmen.csv", csv(roundId, results.castBallots(roundId)));
            } else if (name.equals("/stemmen.json")) {
                send(response, "application/json", "stemmen.json", json(roundId, results.castBallots(roundId)));
            } else if (name.equals("/uitslag.json") || name.equals("/uitslag.json.sig")) {
                Optional<RoundResult> published = results.publishedRow(roundId);
                if (published.isEmpty()) {
                    Problems.send(response, HttpServletResponse.SC_NOT_FOUND, "results-not-published",
                            language.getLocale());
                } else if (name.endsWith(".sig")) {
                    send(response, "text/plain", "uitslag.json.sig", published.get().getSignature() + "\n");
                } else {
                    send(response, "application/json", "uitslag.json", published.get().getDocument());
                }
            } else {
                Problems.send(response, HttpServletResponse.SC_NOT_FOUND, "results-no-such-file",
                        language.getLocale());
            }
        } catch (ForbiddenException votingOpen) {
            Problems.send(response, HttpServletResponse.SC_FORBIDDEN, "results-voting-open", language.getLocale());
        } catch (NumberFormatException | DomainException notFound) {
            Problems.send(response, HttpServletResponse.SC_NOT_FOUND, "results-no-such-file", language.getLocale());
        }
    }

    private long roundId(HttpServletRequest request) {
        String round = request.getParameter("round");
        if (round == null) {
            return rounds.current().map(Round::getId).orElseThrow(() -> new DomainException("round.notFound"));
        }
        return rounds.find(Long.parseLong(round)).getId();
    }

    private static void send(HttpServletResponse response, String type, String fileName, String content)
            throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** One line per plan on a ballot: receipt, ballot, plan, points, place. Plain comma-separated UTF-8. */
    private String csv(long roundId, List<StoredBallot> ballots) {
        Map<Long, String> scopes = scopeNames(roundId);
        StringBuilder out = new StringBuilder("receipt,ballot,kind,plan_id,points,rank\r\n");
        for (StoredBallot ballot : ballots) {
            for (Choice choice : ballot.choices()) {
                out.append(ballot.receipt()).append(',').append(quoted(scopes.get(ballot.neighbourhoodId())))
                        .append(',').append(ballot.kind().name().toLowerCase(java.util.Locale.ROOT)).append(',')
                        .append(choice.getPlanId()).append(',')
                        .append(choice.getPoints() == null ? "" : choice.getPoints()).append(',')
                        .append(choice.getRank() == null ? "" : choice.getRank()).append("\r\n");
            }
        }
        return out.toString();
    }

    private String json(long roundId, List<StoredBallot> ballots) {
        Map<Long, String> scopes = scopeNames(roundId);
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (StoredBallot ballot : ballots) {
            JsonArrayBuilder choices = JSON.createArrayBuilder();
            for (Choice choice : ballot.choices()) {
                JsonObjectBuilder c = JSON.createObjectBuilder().add("plan", choice.getPlanId());
                if (choice.getPoints() != null) {
                    c.add("points", choice.getPoints());
                }
                if (choice.getRank() != null) {
                    c.add("rank", choice.getRank());
                }
                choices.add(c);
            }
            all.add(JSON.createObjectBuilder().add("receipt", ballot.receipt())
                    .add("ballot", scopes.get(ballot.neighbourhoodId()))
                    .add("kind", ballot.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .add("choices", choices));
        }
        return JSON.createObjectBuilder().add("round", roundId).add("ballots", all).build().toString();
    }

    private Map<Long, String> scopeNames(long roundId) {
        Map<Long, String> names = new HashMap<>();
        for (BallotScope scope : results.scopes(roundId)) {
            names.put(scope.neighbourhoodId(), scope.name());
        }
        return names;
    }

    private static String quoted(String value) {
        return "\"" + String.valueOf(value).replace("\"", "\"\"") + "\"";
    }
}
