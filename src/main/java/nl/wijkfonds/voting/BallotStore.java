package nl.wijkfonds.voting;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.identity.Throttle;
import nl.wijkfonds.identity.ThrottleRule;
import nl.wijkfonds.platform.DatabaseConfiguration;
import nl.wijkfonds.round.Phase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.wijkfonds.shared.Jsons.JSON;

/**
 * The database side of casting a vote: one query for what the round and the code stand at, and one call of the
 * procedure {@code cast_ballot} (sql/V12__cast_procedure.sql) for the one transaction of the cast. In that
 * transaction the code is marked used with a conditional update, and only if that changed exactly one row are the
 * ballots stored — so any number of simultaneous votes with one code store exactly one, and there is never a used
 * code without ballots or ballots without a used code. The rules are {@link VotingService}'s.
 *
 * <p>Plain JDBC rather than the entity manager: a cast is the platform's busiest path, and this way it takes two
 * statements in the database instead of eight, with little work in the platform around them (docs/voting.md).
 * Outside a transaction (a voter's own vote) the procedure commits by itself; inside one (a confirmed paper vote) it
 * is part of it.
 */
@ApplicationScoped
public class BallotStore {

    /** The SQLSTATE with which the procedure refuses a used code. */
    private static final String CODE_USED = "45000";

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    private DataSource database;

    /**
     * What a round and a code stand at, with the end of any wait for the throttled subjects, read in one query;
     * empty when there is no such round. A voter's cast reads it outside any transaction, so the throttling counts
     * are the latest.
     */
    Optional<Standing> standing(long roundId, String codeHash, Map<ThrottleRule, String> throttled) {
        List<String> throttleKeys = Throttle.keys(throttled);
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select r.phase, r.voting_method, v.postcode,"
                     + " v.neighbourhood_id, c.used, " + Throttle.waitEndsQuery(throttleKeys.size())
                     + " from budget_round r left join (voting_code c join voter v on v.id = c.voter_id)"
                     + " on c.round_id = r.id and c.code_hash = ? where r.id = ?")) {
            int parameter = 1;
            for (String throttleKey : throttleKeys) {
                query.setString(parameter++, throttleKey);
            }
            query.setString(parameter++, codeHash);
            query.setLong(parameter, roundId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Standing(roundId, codeHash, Phase.valueOf(row.getString(1)),
                        BallotKind.valueOf(row.getString(2)), row.getString(3), row.getObject(4, Long.class),
                        row.getBoolean(5), row.getTimestamp(6)));
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("reading a voting code failed", failed);
        }
    }

    /**
     * A round and what it knows of a code: the code's voter's postcode (null: no such code), neighbourhood and use,
     * and when the wait of a throttled try ends (null: no wait).
     */
    record Standing(long roundId, String codeHash, Phase phase, BallotKind method, String postcode,
                    Long neighbourhoodId, boolean used, Timestamp waitEnds) {
    }

    /** @throws VoteRefused {@code USED} when the code was used before (or just now, by another request) */
    public void store(long roundId, String codeHash, List<Ballot> ballots) {
        // A plain statement, not prepareCall: the driver sends it in one round trip instead of preparing it first.
        try (Connection connection = database.getConnection();
             PreparedStatement cast = connection.prepareStatement("call cast_ballot(?, ?, ?)")) {
            cast.setLong(1, roundId);
            cast.setString(2, codeHash);
            cast.setString(3, json(ballots));
            cast.execute();
        } catch (SQLException failed) {
            if (CODE_USED.equals(failed.getSQLState())) {
                throw new VoteRefused(VoteRefused.Reason.USED, "voting.code.used", "code");
            }
            throw new IllegalStateException("storing a ballot failed", failed);
        }
    }

    /** The ballots as the procedure reads them. */
    private static String json(List<Ballot> ballots) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Ballot ballot : ballots) {
            JsonArrayBuilder choices = JSON.createArrayBuilder();
            ballot.getChoices().forEach(choice -> choices.add(choice.json()));
            var json = JSON.createObjectBuilder().add("id", ballot.getId()).add("kind", ballot.getKind().name())
                    .add("receipt", ballot.getReceipt()).add("choices", choices);
            if (ballot.getNeighbourhoodId() != null) {
                json.add("neighbourhood", ballot.getNeighbourhoodId());
            }
            list.add(json);
        }
        return list.build().toString();
    }
}
