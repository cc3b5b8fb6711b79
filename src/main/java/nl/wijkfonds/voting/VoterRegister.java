package nl.wijkfonds.voting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A round's voter register and its voting codes. Officials import the register from a CSV file (all or nothing:
 * one bad line and nothing is stored), and then issue the codes, which come out once, as the letters PDF; the
 * database keeps only their keyed hashes. Both replace what was there before and are allowed only until voting
 * opens: from then on codes are in voters' hands.
 */
@Stateless
public class VoterRegister {

    private static final int ROWS_PER_INSERT = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RoundService rounds;

    @Inject
    private BallotBox ballotBox;

    @Inject
    private VotingKey key;

    @Inject
    private AuditLog auditLog;

    /**
     * Reads the file and, when every line is good, replaces the round's register (and drops codes issued for the old
     * one). Tells {@code progress} how many lines were read and then stored.
     */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public RegisterImport importRegister(long roundId, byte[] csv, IntConsumer progress) {
        Round round = beforeVoting(roundId);
        RegisterFile file = RegisterFile.read(csv, round.getNeighbourhoods(), progress);
        if (!file.problems().isEmpty()) {
            return new RegisterImport(0, 0, file.problems());
        }
        RegisterSummary before = summary(roundId);
        em.createNativeQuery("delete from voting_code where round_id = ?").setParameter(1, roundId).executeUpdate();
        em.createNativeQuery("delete from voter where round_id = ?").setParameter(1, roundId).executeUpdate();
        List<RegisterLine> lines = file.lines();
        for (int from = 0; from < lines.size(); from += ROWS_PER_INSERT) {
            List<RegisterLine> part = lines.subList(from, Math.min(lines.size(), from + ROWS_PER_INSERT));
            var insert = em.createNativeQuery("insert into voter (round_id, reference, postcode, house_number,"
                    + " birth_year, neighbourhood_id) values " + String.join(",", part.stream()
                    .map(l -> "(?, ?, ?, ?, ?, ?)").toList()));
            int p = 1;
            for (RegisterLine line : part) {
                insert.setParameter(p++, roundId).setParameter(p++, line.reference()).setParameter(p++, line.postcode())
                        .setParameter(p++, line.houseNumber()).setParameter(p++, line.birthYear())
                        .setParameter(p++, line.neighbourhoodId());
            }
            insert.executeUpdate();
            progress.accept(from + part.size());
        }
        RegisterSummary after = summary(roundId);
        auditLog.record("voting.register-imported", VotingService.SUBJECT, roundId, before.counts(), after.counts());
        return new RegisterImport(after.voters(), after.voters() - after.eligible(), List.of());
    }

    /**
     * {@link #importRegister} on a thread of the container's own, for large files: the page follows
     * {@code progress} meanwhile. The caller's identity goes along, so the role check holds there too.
     */
    @Asynchronous
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public Future<RegisterImport> importInBackground(long roundId, byte[] csv, IntConsumer progress) {
        return CompletableFuture.completedFuture(importRegister(roundId, csv, progress));
    }

    /** The round's register in numbers: voters, those old enough, and codes issued and used. */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public RegisterSummary summary(long roundId) {
        Round round = rounds.find(roundId);
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(case when birth_year <= ?"
                        + " then 1 else 0 end), 0), (select count(*) from voting_code c where c.round_id = ?),"
                        + " (select count(*) from voting_code c where c.round_id = ? and c.used)"
                        + " from voter where round_id = ?")
                .setParameter(1, latestBirthYear(round)).setParameter(2, roundId).setParameter(3, roundId)
                .setParameter(4, roundId).getSingleResult();
        return new RegisterSummary(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue());
    }

    /**
     * Issues a new code to every voter old enough (replacing any codes issued before, whose letters then no longer
     * work) and returns the letters. The plain codes exist only in the returned letters, for the PDF.
     */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public List<CodeLetter> issueCodes(long roundId) {
        Round round = beforeVoting(roundId);
        int before = summary(roundId).codes();
        em.createNativeQuery("delete from voting_code where round_id = ?").setParameter(1, roundId).executeUpdate();
        List<?> voters = em.createNativeQuery("select id, reference, postcode, house_number from voter"
                        + " where round_id = ? and birth_year <= ? order by postcode, house_number, reference")
                .setParameter(1, roundId).setParameter(2, latestBirthYear(round)).getResultList();
        List<CodeLetter> letters = new ArrayList<>();
        for (int from = 0; from < voters.size(); from += ROWS_PER_INSERT) {
            List<?> part = voters.subList(from, Math.min(voters.size(), from + ROWS_PER_INSERT));
            var insert = em.createNativeQuery("insert into voting_code (code_hash, round_id, voter_id) values "
                    + String.join(",", part.stream().map(v -> "(?, ?, ?)").toList()));
            int p = 1;
            for (Object result : part) {
                Object[] voter = (Object[]) result;
                String code = CodeAlphabet.newCode();
                letters.add(new CodeLetter((String) voter[1], (String) voter[2], (String) voter[3], code));
                insert.setParameter(p++, key.hash(roundId, code)).setParameter(p++, roundId)
                        .setParameter(p++, ((Number) voter[0]).longValue());
            }
            insert.executeUpdate();
        }
        auditLog.record("voting.codes-issued", VotingService.SUBJECT, roundId, Map.of("codes", before),
                Map.of("codes", letters.size()));
        return letters;
    }

    /** The last year of birth old enough: a voter reaches the minimum age in the calendar year voting opens. */
    private int latestBirthYear(Round round) {
        return round.getPhaseStarts().get(Phase.VOTING).getYear() - ballotBox.rules(round.getId()).getMinimumAge();
    }

    private Round beforeVoting(long roundId) {
        Round round = rounds.find(roundId);
        if (round.getPhase().votingHasOpened()) {
            throw new DomainException("voting.register.frozen");
        }
        return round;
    }
}
