package nl.wijkfonds.voting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.review.EligiblePlan;
import nl.wijkfonds.voting.BallotBox;
import nl.wijkfonds.voting.Choice;
import nl.wijkfonds.voting.PaperBallots;
import nl.wijkfonds.web.Feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The assistants' page for paper ballots: one assistant types the voter's code and postcode and the choices from
 * the paper; the entry waits until a second assistant confirms it against the paper (or rejects it).
 */
@Named("paper")
@ViewScoped
public class PaperBean extends BallotPageBean {

    @Inject
    private PaperBallots paperBallots;

    @Inject
    private BallotBox ballotBox;

    private boolean entering;

    /** Step 1: the voter's code and postcode from their letter open their ballots. */
    public void enter() {
        openBallot();
        entering = true;
    }

    /** Step 2: keeps the entry for a second assistant. */
    public String submit() {
        paperBallots.enter(roundId, command());
        forget();
        Feedback.doneAfterRedirect("voting.paper.entered");
        return here();
    }

    public String confirm(String entryId) {
        paperBallots.confirm(roundId, entryId);
        Feedback.doneAfterRedirect("voting.paper.confirmed");
        return here();
    }

    public String reject(String entryId) {
        paperBallots.reject(roundId, entryId);
        Feedback.doneAfterRedirect("voting.paper.rejected");
        return here();
    }

    private String here() {
        return "/assist/paper?faces-redirect=true&ronde=" + roundId;
    }

    @Override
    protected boolean showsBallot() {
        return entering;
    }

    public boolean isEntering() {
        return entering;
    }

    public List<PaperBallots.Pending> pending() {
        return paperBallots.pending(roundId);
    }

    /** The plans of an entry in words, with points or places where the method has them. */
    public String describe(List<Choice> choices) {
        Map<Long, String> titles = new HashMap<>();
        ballotBox.scopes(roundId).forEach(s -> s.plans().forEach((EligiblePlan p) -> titles.put(p.planId(), p.title())));
        return choices.stream().map(c -> titles.getOrDefault(c.getPlanId(), "?")
                        + (c.getPoints() != null ? " (" + c.getPoints() + ")" : "")
                        + (c.getRank() != null ? " (" + c.getRank() + ")" : ""))
                .collect(Collectors.joining(", "));
    }
}
