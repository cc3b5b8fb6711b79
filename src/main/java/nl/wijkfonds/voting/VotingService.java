package nl.wijkfonds.voting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.identity.ClientAddress;
import nl.wijkfonds.identity.SecurityEventKind;
import nl.wijkfonds.identity.SecurityLog;
import nl.wijkfonds.identity.Throttle;
import nl.wijkfonds.identity.ThrottleRule;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.shared.Violations;
import nl.wijkfonds.voting.BallotStore.Standing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Casting votes, and the officials' side of a round's vote: its rules and turnout. A vote is taken only while the
 * round is in its voting phase, from a code that goes with the postcode and has not voted yet, with choices that
 * keep every rule of the round's ballots; then, in one transaction ({@link BallotStore}), the code is marked used (a
 * conditional update, so that of any number of simultaneous votes with one code exactly one wins) and the ballots
 * are stored. Checking runs outside any transaction: the throttling counters and the security log each commit on
 * their own, and a request never holds two database connections at once. Neither the logs nor the audit trail hear
 * of a cast vote.
 */
@Stateless
public class VotingService {

    static final String SUBJECT = "round";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RoundService rounds;

    @Inject
    private BallotBox ballotBox;

    @Inject
    private OpenBallots openBallots;

    @Inject
    private BallotStore ballotStore;

    @Inject
    private VotingKey key;

    @Inject
    private Throttle throttle;

    @Inject
    private Clock clock;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Validation validation;

    /**
     * Casts a vote: one ballot per scope the voter chose plans on. Refusals ({@link VoteRefused}, or
     * {@link nl.wijkfonds.shared.InvalidInput} for the choices) leave everything as it was, except the throttling
     * counters and the security log, which record a wrong code without the code or postcode.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CastReceipt cast(long roundId, CastCommand vote) {
        return store(holder(roundId, vote.code(), vote.postcode()), vote.choices());
    }

    /**
     * Stores a checked vote in its own transaction ({@link BallotStore}); a refusal because the code was used is
     * logged afterwards, outside that transaction.
     */
    private CastReceipt store(Standing holder, List<Choice> choices) {
        long roundId = holder.roundId();
        List<Ballot> ballots = ballotsFor(holder, choices);
        try {
            ballotStore.store(roundId, holder.codeHash(), ballots);
        } catch (VoteRefused usedMeanwhile) {
            throw used(roundId);
        }
        List<CastReceipt.Line> receipts = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        openBallots.scopes(roundId).forEach(s -> names.put(s.neighbourhoodId(), s.name()));
        for (Ballot ballot : ballots) {
            receipts.add(new CastReceipt.Line(names.get(ballot.getNeighbourhoodId()), ballot.getReceipt()));
        }
        return new CastReceipt(receipts);
    }

    /** Checks a vote as {@link #cast} would, and stores nothing: for the voter's review step. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void check(long roundId, CastCommand vote) {
        ballotsFor(holder(roundId, vote.code(), vote.postcode()), vote.choices());
    }

    /**
     * Checks a paper vote as {@link #cast} would and returns the code's stored hash, which is all a pending paper
     * entry keeps of the code. Stores nothing.
     */
    @RolesAllowed(Role.ASSISTANT)
    public String checkPaper(long roundId, CastCommand vote) {
        Standing holder = holder(roundId, vote.code(), vote.postcode());
        ballotsFor(holder, vote.choices());
        return holder.codeHash();
    }

    /**
     * Casts a paper vote that a second assistant confirmed, by the code's hash: the same checks and the same one
     * transaction as {@link #cast}. The caller records in the audit log that it came in on paper.
     */
    @RolesAllowed(Role.ASSISTANT)
    public CastReceipt castPaper(long roundId, String codeHash, List<Choice> choices) {
        Standing standing = standing(roundId, codeHash, Map.of());
        if (standing.postcode() == null) {
            throw new VoteRefused(VoteRefused.Reason.WRONG_CODE, "voting.code.wrong", "code");
        }
        if (standing.used()) {
            throw used(roundId);
        }
        return store(standing, choices);
    }

    /**
     * Lets a voter in to fill in their ballot: checks what {@link #cast} checks about the round and the code, and
     * returns the ballots the voter votes on. Changes nothing but the throttling counters on a wrong code.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VoterBallots access(long roundId, String code, String postcode) {
        Standing holder = holder(roundId, code, postcode);
        return new VoterBallots(holder.method(), openBallots.rules(roundId), openBallots.scopes(roundId).stream()
                .filter(s -> s.isFor(holder.neighbourhoodId())).toList());
    }

    /**
     * What a round and a code that may vote now stand at, or a refusal. The refusals come in a fixed order — round
     * unknown or closed, fields missing, throttled, code mistyped, code wrong, code used — so that a throttled
     * guesser learns nothing about the code; the round, the code and the throttles are read in one query beforehand.
     */
    private Standing holder(long roundId, String typedCode, String typedPostcode) {
        Optional<String> code = CodeAlphabet.readCode(typedCode);
        String postcode = Postcode.read(typedPostcode).orElse(null);
        Map<ThrottleRule, String> throttled = new EnumMap<>(ThrottleRule.class);
        throttled.put(ThrottleRule.VOTING_CODE_ADDRESS, clientAddress.orNone());
        if (postcode != null) {
            throttled.put(ThrottleRule.VOTING_CODE_POSTCODE, postcode);
        }
        Standing standing = standing(roundId, code.map(c -> key.hash(roundId, c)).orElse(null), throttled);
        Violations typed = new Violations();
        if (typedCode == null || typedCode.isBlank()) {
            typed.add("code", "validation.required");
        }
        if (typedPostcode == null || typedPostcode.isBlank()) {
            typed.add("postcode", "validation.required");
        } else if (postcode == null) {
            typed.add("postcode", "voting.postcode.invalid");
        }
        typed.throwIfAny();
        checkThrottles(standing.waitEnds());
        if (code.isEmpty()) {
            throw new VoteRefused(VoteRefused.Reason.WRONG_CODE, "voting.code.mistyped", "code");
        }
        if (!postcode.equals(standing.postcode())) {
            throw refuseWrongCode(roundId, postcode);
        }
        if (standing.used()) {
            throw used(roundId);
        }
        return standing;
    }

    /**
     * The round's standing and the code's, read in one query. The phase comes from the database, not a cached
     * round: another instance may just have closed the vote.
     *
     * @throws NotFoundException when there is no such round
     * @throws VoteRefused {@code CLOSED} when the round is not in its voting phase
     */
    private Standing standing(long roundId, String codeHash, Map<ThrottleRule, String> throttled) {
        Standing standing = ballotStore.standing(roundId, codeHash, throttled)
                .orElseThrow(() -> new NotFoundException("round.notFound"));
        if (standing.phase() != Phase.VOTING) {
            throw new VoteRefused(VoteRefused.Reason.CLOSED, "voting.closed", null);
        }
        return standing;
    }

    /**
     * The voter's choices sorted onto the ballots of their neighbourhood and of the district, each checked against
     * the round's rules; every problem at once.
     */
    private List<Ballot> ballotsFor(Standing holder, List<Choice> choices) {
        long roundId = holder.roundId();
        Long neighbourhood = holder.neighbourhoodId();
        VotingRules rules = openBallots.rules(roundId);
        Map<BallotScope, List<Choice>> byScope = new LinkedHashMap<>();
        List<BallotScope> scopes = openBallots.scopes(roundId).stream().filter(s -> s.isFor(neighbourhood))
                .toList();
        scopes.forEach(scope -> byScope.put(scope, new ArrayList<>()));
        Violations problems = new Violations();
        for (Choice choice : choices) {
            Optional<BallotScope> scope = scopes.stream().filter(s -> s.contains(choice.getPlanId())).findFirst();
            if (scope.isPresent()) {
                byScope.get(scope.get()).add(choice);
            } else {
                problems.add("choices", "voting.ballot.notOnBallot", choice.getPlanId());
            }
        }
        List<Ballot> ballots = new ArrayList<>();
        byScope.forEach((scope, chosen) -> {
            if (!chosen.isEmpty()) {
                BallotRules.check(holder.method(), rules, scope, chosen, "choices", problems);
                ballots.add(new Ballot(roundId, scope.neighbourhoodId(), holder.method(), chosen));
            }
        });
        if (ballots.isEmpty() && problems.isEmpty()) {
            problems.add("choices", "voting.ballot.empty");
        }
        problems.throwIfAny();
        return ballots;
    }

    /** Sets the round's voting rules; only before voting opens, since ballots are cast against them. */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public VotingRules saveRules(long roundId, VotingRulesSetup setup) {
        validation.check(setup);
        Round round = rounds.find(roundId);
        if (round.getPhase().votingHasOpened()) {
            throw new DomainException("voting.rules.frozen");
        }
        VotingRules rules = em.find(VotingRules.class, roundId);
        VotingRulesSetup before = rules == null ? null : rules.setup();
        if (rules == null) {
            rules = VotingRules.defaults(roundId);
            rules.revise(setup);
            em.persist(rules);
        } else {
            rules.revise(setup);
        }
        em.flush();
        auditLog.record("voting.rules-set", SUBJECT, roundId, before, rules.setup());
        return rules;
    }

    /**
     * Sets the short texts the ballot shows for the round's plans (an empty one removes it); only before voting
     * opens, so that every voter reads the same ballot.
     */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public void saveBallotTexts(long roundId, BallotTexts texts) {
        validation.check(texts);
        Round round = rounds.find(roundId);
        if (round.getPhase().votingHasOpened()) {
            throw new DomainException("voting.texts.frozen");
        }
        Map<Long, BallotCard> before = ballotBox.cards(roundId);
        for (BallotTexts.Text text : texts.texts()) {
            if (!before.containsKey(text.planId())) {
                throw new DomainException("voting.ballot.notOnBallot", null, text.planId());
            }
            em.createNativeQuery("delete from ballot_text where plan_id = ?").setParameter(1, text.planId())
                    .executeUpdate();
            if (text.text() != null && !text.text().isBlank()) {
                em.createNativeQuery("insert into ballot_text (plan_id, text) values (?, ?)")
                        .setParameter(1, text.planId()).setParameter(2, text.text().strip()).executeUpdate();
            }
        }
        auditLog.record("voting.ballot-texts-set", SUBJECT, roundId, null, texts);
    }

    /** The officials' own ballot texts of a round, by plan. */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public Map<Long, String> ballotTexts(long roundId) {
        Map<Long, String> texts = new HashMap<>();
        for (Object result : em.createNativeQuery("select t.plan_id, t.text from ballot_text t join plan p"
                + " on p.id = t.plan_id where p.round_id = ?").setParameter(1, roundId).getResultList()) {
            Object[] row = (Object[]) result;
            texts.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return texts;
    }

    /** Per neighbourhood, how many codes were issued and how many have voted; never who. */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public List<TurnoutLine> turnout(long roundId) {
        Round round = rounds.find(roundId);
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (Object result : em.createNativeQuery("select v.neighbourhood_id, count(*), sum(c.used) from voting_code c"
                + " join voter v on v.id = c.voter_id where c.round_id = ? group by v.neighbourhood_id")
                .setParameter(1, roundId).getResultList()) {
            Object[] row = (Object[]) result;
            counts.put(row[0] == null ? null : ((Number) row[0]).longValue(),
                    new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<TurnoutLine> lines = new ArrayList<>();
        round.getNeighbourhoods().forEach(n -> {
            long[] count = counts.getOrDefault(n.getId(), new long[2]);
            lines.add(new TurnoutLine(n.getId(), n.getName(), count[0], count[1]));
        });
        if (counts.containsKey(null)) {
            lines.add(new TurnoutLine(null, round.getName(), counts.get(null)[0], counts.get(null)[1]));
        }
        return lines;
    }

    private void checkThrottles(Timestamp waitEnds) {
        try {
            Throttle.checkWaitEnds(waitEnds, clock);
        } catch (DomainException wait) {
            securityLog.record(SecurityEventKind.VOTING_THROTTLED, null, "voting code");
            throw new VoteRefused(VoteRefused.Reason.THROTTLED, wait.messageKey(), null,
                    wait.arguments().toArray());
        }
    }

    /** Counts the wrong try against the address and postcode, logs it without either, and refuses. */
    private VoteRefused refuseWrongCode(long roundId, String postcode) {
        throttle.count(ThrottleRule.VOTING_CODE_ADDRESS, clientAddress.orNone());
        throttle.count(ThrottleRule.VOTING_CODE_POSTCODE, postcode);
        securityLog.record(SecurityEventKind.VOTING_CODE_REFUSED, null, "round " + roundId + ": wrong code or postcode");
        return new VoteRefused(VoteRefused.Reason.WRONG_CODE, "voting.code.wrong", "code");
    }

    private VoteRefused used(long roundId) {
        securityLog.record(SecurityEventKind.VOTING_CODE_REFUSED, null, "round " + roundId + ": code used before");
        return new VoteRefused(VoteRefused.Reason.USED, "voting.code.used", "code");
    }
}
