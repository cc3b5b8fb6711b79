package nl.wijkfonds.voting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The numbers a round's voting method needs beyond its kind ({@code Round.getVotingMethod()}): how many plans an
 * approval or ranking ballot may name (N), how many points a cumulative ballot spreads (K), the least share of its
 * budget a knapsack ballot must spend, and the minimum age of a voter. A round without its own rules votes by
 * {@link #defaults}. Officials change them until voting opens; from then on ballots are cast against them.
 */
@Entity
@Table(name = "voting_rules")
public class VotingRules implements java.io.Serializable {

    public static final int DEFAULT_MAX_CHOICES = 3;
    public static final int DEFAULT_POINTS = 10;
    public static final int DEFAULT_MINIMUM_AGE = 12;

    @Id
    @Column(name = "round_id")
    private long roundId;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices = DEFAULT_MAX_CHOICES;

    @Column(nullable = false)
    private int points = DEFAULT_POINTS;

    @Column(name = "min_spend_percent", nullable = false)
    private int minSpendPercent;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge = DEFAULT_MINIMUM_AGE;

    @Version
    private long version;

    protected VotingRules() {
    }

    private VotingRules(long roundId) {
        this.roundId = roundId;
    }

    /** The rules of a round no official has set any for: N = 3, K = 10, no minimum spend, minimum age 12. */
    public static VotingRules defaults(long roundId) {
        return new VotingRules(roundId);
    }

    /** Takes the official's numbers (checked by Bean Validation on the command). */
    void revise(VotingRulesSetup setup) {
        maxChoices = setup.maxChoices();
        points = setup.points();
        minSpendPercent = setup.minSpendPercent();
        minimumAge = setup.minimumAge();
    }

    public VotingRulesSetup setup() {
        return new VotingRulesSetup(maxChoices, points, minSpendPercent, minimumAge);
    }

    public long getRoundId() {
        return roundId;
    }

    /** N: the most plans an approval ballot may tick or a ranking may order. */
    public int getMaxChoices() {
        return maxChoices;
    }

    /** K: the points a cumulative ballot spreads, at most. */
    public int getPoints() {
        return points;
    }

    /** The least share, in percent, of its budget that a knapsack ballot must spend (0: none). */
    public int getMinSpendPercent() {
        return minSpendPercent;
    }

    /** A voter must reach this age in the year voting opens. */
    public int getMinimumAge() {
        return minimumAge;
    }
}
