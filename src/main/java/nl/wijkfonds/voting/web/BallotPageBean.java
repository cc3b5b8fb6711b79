package nl.wijkfonds.voting.web;

import jakarta.inject.Inject;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.voting.BallotBox;
import nl.wijkfonds.voting.BallotCard;
import nl.wijkfonds.voting.BallotRules;
import nl.wijkfonds.voting.BallotScope;
import nl.wijkfonds.voting.CastCommand;
import nl.wijkfonds.voting.VoterBallots;
import nl.wijkfonds.voting.VotingService;
import nl.wijkfonds.web.PageIds;
import nl.wijkfonds.web.TypedInput;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the voter's ballot page and the assistants' paper-ballot page share: the round, code and postcode as typed,
 * the voter's ballots with the plans in an order drawn for this voter, a theme filter, and the choices as typed. The
 * page holds only what was typed and chosen; every step asks the voting service again, which checks everything anew.
 */
public abstract class BallotPageBean implements Serializable {

    @Inject
    protected VotingService voting;

    @Inject
    private BallotBox ballotBox;

    @Inject
    private RoundService rounds;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "ronde")
    private ParamValue<Long> roundParameter;

    protected Long roundId;
    private String roundName;
    protected final AccessForm access = new AccessForm();
    protected BallotForm ballot;
    private Long themeFilter;
    private transient VoterBallots ballots;
    private transient Map<Long, BallotCard> cards;

    /** The round of {@code ?ronde=}, or the current public round. */
    public void load() {
        if (roundId != null) {
            return;
        }
        Long requested = PageIds.optional(roundParameter);
        Round round = requested != null ? rounds.find(requested)
                : rounds.current().orElseThrow(() -> new NotFoundException("page.notFound"));
        if (!round.isPublished()) {
            throw new NotFoundException("page.notFound");
        }
        roundId = round.getId();
        roundName = round.getName();
    }

    /** Lets the voter in when code and postcode go together and may vote now, with their ballots freshly drawn. */
    protected void openBallot() {
        ballots = voting.access(roundId, access.getCode(), access.getPostcode());
        ballot = BallotForm.drawn(ballots);
    }

    /** Whether the page is at a step where the voter's ballots are shown. */
    protected abstract boolean showsBallot();

    /** The vote as typed, every unreadable number reported. */
    protected CastCommand command() {
        TypedInput input = new TypedInput();
        CastCommand command = new CastCommand(access.getCode(), access.getPostcode(),
                ballot.choices(ballots().kind(), input));
        input.check(validation, command);
        return command;
    }

    /** Drops code, postcode and choices once they are no longer needed. */
    protected void forget() {
        access.forget();
        ballot = null;
        ballots = null;
    }

    /** The voter's ballots, read again after a postback (the page keeps only the plan ids). */
    public VoterBallots ballots() {
        if (ballots == null && showsBallot()) {
            ballots = voting.access(roundId, access.getCode(), access.getPostcode());
        }
        return ballots;
    }

    public Map<Long, BallotCard> cards() {
        if (cards == null) {
            cards = ballotBox.cards(roundId);
        }
        return cards;
    }

    /** The plans of a ballot in this voter's order, of the chosen theme only when filtered. */
    public List<BallotForm.Row> rows(BallotScope scope) {
        List<BallotForm.Row> rows = new ArrayList<>();
        for (BallotForm.Row row : ballot.rowsOf(scope)) {
            if (themeFilter == null || themeFilter.equals(row.getThemeId())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The themes of the voter's plans, for the filter. */
    public Map<String, Long> themes() {
        Map<String, Long> themes = new java.util.TreeMap<>();
        ballots().scopes().forEach(s -> s.plans().forEach(p -> {
            if (p.themeId() != null) {
                themes.put(p.theme(), p.themeId());
            }
        }));
        return themes;
    }

    /** The chosen plans' total ballot cost on a ballot. */
    public Money chosenCost(BallotScope scope) {
        return ballot.chosenCost(scope);
    }

    /** The chosen plans' share of the ballot's budget in whole percent, at most 100 (the bar stops at the budget). */
    public long chosenPercent(BallotScope scope) {
        return Math.min(100, ballot.chosenCost(scope).cents() * 100 / Math.max(1, scope.budget().cents()));
    }

    public Money minimumSpend(BallotScope scope) {
        return BallotRules.minimumSpend(ballots().rules(), scope);
    }

    public List<BallotForm.Row> chosen(BallotScope scope) {
        return ballot.chosenRows(scope, ballots().kind());
    }

    public boolean isKnapsack() {
        return ballots().kind() == BallotKind.KNAPSACK;
    }

    public boolean isApprovalLike() {
        return ballots().kind() == BallotKind.APPROVAL || ballots().kind() == BallotKind.KNAPSACK;
    }

    public boolean isCumulative() {
        return ballots().kind() == BallotKind.CUMULATIVE;
    }

    public boolean isRanking() {
        return ballots().kind() == BallotKind.RANKING;
    }

    public Long getRoundId() {
        return roundId;
    }

    public String getRoundName() {
        return roundName;
    }

    public AccessForm getAccess() {
        return access;
    }

    public BallotForm getBallot() {
        return ballot;
    }

    public Long getThemeFilter() {
        return themeFilter;
    }

    public void setThemeFilter(Long themeFilter) {
        this.themeFilter = themeFilter;
    }
}
