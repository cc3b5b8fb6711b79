package nl.wijkfonds.round.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.web.Feedback;

import java.io.Serializable;
import java.util.List;

/** The official's overview of all rounds, where phases are moved on (after a question, see the page). */
@Named("rounds")
@ViewScoped
public class RoundsBean implements Serializable {

    @Inject
    private RoundService rounds;

    private List<Round> all;

    public List<Round> getAll() {
        if (all == null) {
            all = rounds.all();
        }
        return all;
    }

    public String moveToNextPhase(Round round) {
        return moveTo(round, round.getPhase().next());
    }

    public String moveBack(Round round) {
        return moveTo(round, round.getPhase().previous());
    }

    private String moveTo(Round round, Phase target) {
        Round moved = rounds.moveToPhase(round.getId(), target);
        Feedback.doneAfterRedirect("round.phaseChanged", moved.getName(), Feedback.text(target.messageKey()));
        return "/official/rounds?faces-redirect=true";
    }
}
