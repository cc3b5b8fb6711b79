package nl.wijkfonds.voting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.review.EligiblePlan;
import nl.wijkfonds.review.ReviewService;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.voting.BallotTexts;
import nl.wijkfonds.voting.VotingService;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The officials' ballot texts: one short text per eligible plan, in a common format so that plans compare well. */
@Named("ballotTexts")
@ViewScoped
public class BallotTextsBean implements Serializable {

    @Inject
    private VotingService voting;

    @Inject
    private ReviewService review;

    @Inject
    private RoundService rounds;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    private long roundId;
    private String roundName;
    private List<Row> rows;

    /** One plan and the text typed for it. */
    public static class Row implements Serializable {

        private final long planId;
        private final String title;
        private String text;

        Row(long planId, String title, String text) {
            this.planId = planId;
            this.title = title;
            this.text = text;
        }

        public long getPlanId() {
            return planId;
        }

        public String getTitle() {
            return title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public void load() {
        if (rows != null) {
            return;
        }
        roundId = PageIds.required(roundParameter);
        roundName = rounds.find(roundId).getName();
        Map<Long, String> texts = voting.ballotTexts(roundId);
        rows = new ArrayList<>();
        for (EligiblePlan plan : review.eligiblePlans(roundId)) {
            rows.add(new Row(plan.planId(), plan.title(), texts.get(plan.planId())));
        }
    }

    public String save() {
        voting.saveBallotTexts(roundId, new BallotTexts(rows.stream()
                .map(r -> new BallotTexts.Text(r.planId, r.text)).toList()));
        Feedback.doneAfterRedirect("voting.texts.saved");
        return "/official/voting?faces-redirect=true&round=" + roundId;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getRoundName() {
        return roundName;
    }

    public List<Row> getRows() {
        return rows;
    }
}
