package nl.wijkfonds.voting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.review.EligibilityCriterion;
import nl.wijkfonds.review.ReviewService;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.voting.BallotBox;
import nl.wijkfonds.voting.BallotRules;
import nl.wijkfonds.voting.BallotScope;
import nl.wijkfonds.voting.VotingRules;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The public rules of the game of a round ("spelregels"), written from its settings: who may submit and vote, the
 * criteria plans must meet, the ballots and how to fill them in, and how the money is shared out.
 */
@Named("gameRules")
@RequestScoped
public class GameRulesBean {

    @Inject
    private RoundService rounds;

    @Inject
    private ReviewService review;

    @Inject
    private BallotBox ballotBox;

    @Inject
    @Param(name = "ronde")
    private ParamValue<Long> roundParameter;

    private Round round;

    public void load() {
        Long requested = PageIds.optional(roundParameter);
        round = requested != null ? rounds.find(requested)
                : rounds.current().orElseThrow(() -> new NotFoundException("page.notFound"));
        if (!round.isPublished()) {
            throw new NotFoundException("page.notFound");
        }
    }

    public Round getRound() {
        return round;
    }

    public VotingRules getRules() {
        return ballotBox.rules(round.getId());
    }

    public LocalDate start(Phase phase) {
        return round.getPhaseStarts().get(phase);
    }

    public List<EligibilityCriterion> getCriteria() {
        return review.publicCriteria(round.getId());
    }

    /** The ballots as far as they are known (plans appear once the review admitted them). */
    public List<BallotScope> getScopes() {
        return ballotBox.scopes(round.getId());
    }

    /** How to fill in the ballot, with this round's numbers. */
    public String getHowToVote() {
        VotingRules rules = getRules();
        return switch (round.getVotingMethod()) {
            case APPROVAL -> Feedback.text("rules.vote.approval", rules.getMaxChoices());
            case RANKING -> Feedback.text("rules.vote.ranking", rules.getMaxChoices());
            case CUMULATIVE -> Feedback.text("rules.vote.cumulative", rules.getPoints());
            case KNAPSACK -> rules.getMinSpendPercent() == 0 ? Feedback.text("rules.vote.knapsack")
                    : Feedback.text("rules.vote.knapsackMinimum", rules.getMinSpendPercent());
        };
    }

    public String getMethodName() {
        return Feedback.text("votingMethod." + round.getVotingMethod().name().toLowerCase(Locale.ROOT));
    }

    /** Whether the least a knapsack ballot must spend is worth mentioning per ballot. */
    public boolean isMinimumSpend() {
        return getRules().getMinSpendPercent() > 0;
    }

    public Money minimumSpend(BallotScope scope) {
        return BallotRules.minimumSpend(getRules(), scope);
    }

    /** The latest year of birth that may vote: the minimum age is reached in the year voting opens. */
    public int getLatestBirthYear() {
        return start(Phase.VOTING).getYear() - getRules().getMinimumAge();
    }
}
