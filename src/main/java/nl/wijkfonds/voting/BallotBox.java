package nl.wijkfonds.voting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.review.ReviewService;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the ballot box: a round's ballots (its scopes, the rules they were cast under, and the cast ballots), for
 * the tally, the public bulletin board and a voter checking their receipt. Ballots come back ordered by receipt, a
 * random code, so no order tells when a ballot came in. Reading never changes anything.
 */
@Stateless
public class BallotBox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RoundService rounds;

    @Inject
    private ReviewService review;

    /** The ballots the round puts before its voters, each with its eligible plans at their ballot cost. */
    @PermitAll
    public List<BallotScope> scopes(long roundId) {
        Round round = rounds.find(roundId);
        return BallotScope.of(round, review.eligiblePlans(roundId));
    }

    /** The round's voting rules: the official's, or the defaults when none were set. */
    @PermitAll
    public VotingRules rules(long roundId) {
        VotingRules rules = em.find(VotingRules.class, roundId);
        return rules != null ? rules : VotingRules.defaults(roundId);
    }

    /** Per plan of the round, the text and image its ballot shows. */
    @PermitAll
    public Map<Long, BallotCard> cards(long roundId) {
        Map<Long, BallotCard> cards = new HashMap<>();
        for (Object result : em.createNativeQuery("select p.id, coalesce(t.text, p.summary, ''),"
                        + " (select min(f.id) from plan_file f where f.plan_id = p.id and f.kind = 'IMAGE')"
                        + " from plan p left join ballot_text t on t.plan_id = p.id where p.round_id = ?")
                .setParameter(1, roundId).getResultList()) {
            Object[] row = (Object[]) result;
            long planId = ((Number) row[0]).longValue();
            cards.put(planId, new BallotCard(planId, (String) row[1],
                    row[2] == null ? null : ((Number) row[2]).longValue()));
        }
        return cards;
    }

    /** Every cast ballot of the round, all scopes, ordered by receipt. */
    @PermitAll
    public List<StoredBallot> ballots(long roundId) {
        return read("where b.round_id = ?1", roundId);
    }

    /**
     * The cast ballots of one scope (a neighbourhood's, or the district's when {@code neighbourhoodId} is null),
     * ordered by receipt; {@link StoredBallot#toEngine()} turns each into the allocation engine's ballot and
     * {@link BallotScope#instance()} gives the matching instance.
     */
    @PermitAll
    public List<StoredBallot> ballots(long roundId, Long neighbourhoodId) {
        return neighbourhoodId == null
                ? read("where b.round_id = ?1 and b.neighbourhood_id is null", roundId)
                : read("where b.round_id = ?1 and b.neighbourhood_id = ?2", roundId, neighbourhoodId);
    }

    /** The ballot with this receipt (typed by a person: spaces, dashes and small letters are fine), if any. */
    @PermitAll
    public Optional<StoredBallot> byReceipt(String typedReceipt) {
        return CodeAlphabet.readReceipt(typedReceipt)
                .flatMap(receipt -> read("where b.receipt = ?1", receipt).stream().findFirst());
    }

    /** How many ballots the round holds, all scopes together. */
    @PermitAll
    public long count(long roundId) {
        return ((Number) em.createNativeQuery("select count(*) from ballot where round_id = ?")
                .setParameter(1, roundId).getSingleResult()).longValue();
    }

    /** One query over ballots and their choices, in receipt order (rank order within a ranking). */
    private List<StoredBallot> read(String where, Object... parameters) {
        var query = em.createNativeQuery("select b.receipt, b.round_id, b.neighbourhood_id, b.ballot_kind,"
                + " c.plan_id, c.points, c.rank_position from ballot b join ballot_choice c on c.ballot_id = b.id "
                + where + " order by b.receipt, c.rank_position, c.plan_id");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<StoredBallot> ballots = new ArrayList<>();
        String receipt = null;
        Object[] head = null;
        List<Choice> choices = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            if (!Objects.equals(row[0], receipt)) {
                if (head != null) {
                    ballots.add(stored(head, choices));
                }
                receipt = (String) row[0];
                head = row;
                choices = new ArrayList<>();
            }
            choices.add(choice(row));
        }
        if (head != null) {
            ballots.add(stored(head, choices));
        }
        return ballots;
    }

    private static StoredBallot stored(Object[] head, List<Choice> choices) {
        return new StoredBallot((String) head[0], ((Number) head[1]).longValue(),
                head[2] == null ? null : ((Number) head[2]).longValue(), BallotKind.valueOf((String) head[3]), choices);
    }

    private static Choice choice(Object[] row) {
        long planId = ((Number) row[4]).longValue();
        if (row[5] != null) {
            return Choice.withPoints(planId, ((Number) row[5]).intValue());
        }
        return row[6] != null ? Choice.ranked(planId, ((Number) row[6]).intValue()) : Choice.ticked(planId);
    }
}
