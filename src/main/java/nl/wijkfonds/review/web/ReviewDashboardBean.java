package nl.wijkfonds.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.review.ReviewDashboard;
import nl.wijkfonds.review.ReviewService;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.util.List;

/** The officials' review dashboard of one round (default: the current one). */
@Named("reviewDashboard")
@RequestScoped
public class ReviewDashboardBean {

    @Inject
    private ReviewService reviews;

    @Inject
    private RoundService rounds;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    private ReviewDashboard dashboard;
    private List<Round> allRounds;

    /** An unknown or malformed round id is a 404; without one, the current round (if any). */
    public void load() {
        Long roundId = PageIds.optional(roundParameter);
        if (roundId == null) {
            roundId = rounds.current().map(Round::getId).orElse(null);
        }
        dashboard = roundId == null ? null : reviews.dashboard(roundId);
        allRounds = rounds.all();
    }

    public ReviewDashboard getDashboard() {
        return dashboard;
    }

    public List<Round> getRounds() {
        return allRounds;
    }
}
