package nl.wijkfonds.voting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The one transaction of a cast vote: the code is marked used with a conditional update, and only if that changed
 * exactly one row are the ballots stored — so any number of simultaneous votes with one code store exactly one, and
 * there is never a used code without ballots or ballots without a used code. Checked votes only: see
 * {@link VotingService}.
 */
@Stateless
public class BallotStore {

    @PersistenceContext
    private EntityManager em;

    /** @throws VoteRefused {@code USED} when the code was used before (or just now, by another request) */
    @PermitAll
    public void store(long roundId, String codeHash, List<Ballot> ballots) {
        int marked = em.createNativeQuery("update voting_code set used = true"
                        + " where code_hash = ? and round_id = ? and used = false")
                .setParameter(1, codeHash).setParameter(2, roundId).executeUpdate();
        if (marked != 1) {
            throw new VoteRefused(VoteRefused.Reason.USED, "voting.code.used", "code");
        }
        ballots.forEach(em::persist);
    }
}
