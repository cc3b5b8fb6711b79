package nl.wijkfonds.results;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.audit.Signatures;
import nl.wijkfonds.results.ResultDocument.ScopeResult;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.PhaseMoving;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.ForbiddenException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.voting.BallotBox;
import nl.wijkfonds.voting.BallotScope;
import nl.wijkfonds.voting.StoredBallot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The use cases of counting a round and publishing its result: choosing the counting rule (before voting opens),
 * starting the tally (after voting closed), the count itself, and reading the published result and ballot files.
 */
@Stateless
public class ResultService {

    static final String SUBJECT = "round";

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RoundService rounds;

    @Inject
    private BallotBox ballotBox;

    @Inject
    private AuditLog auditLog;

    @Inject
    private TallyProgress progress;

    @Inject
    private Clock clock;

    @Inject
    private Comparisons comparisons;

    @Inject
    private Signatures signatures;

    @Inject
    private BallotFileChecks ballotFileChecks;

    @PermitAll
    public CountingRule countingRule(long roundId) {
        RoundCountingRule chosen = em.find(RoundCountingRule.class, roundId);
        return chosen == null ? CountingRule.DEFAULT : chosen.rule();
    }

    /** Sets the rule the round will be counted by; only before voting opens, because voters vote knowing it. */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public CountingRule chooseCountingRule(long roundId, CountingRule rule) {
        Round round = rounds.find(roundId);
        if (rule == null) {
            throw new DomainException("validation.required", "rule");
        }
        if (round.getPhase().votingHasOpened()) {
            throw new DomainException("results.rule.frozen", "rule");
        }
        CountingRule before = countingRule(roundId);
        RoundCountingRule chosen = em.find(RoundCountingRule.class, roundId);
        if (chosen == null) {
            em.persist(new RoundCountingRule(roundId, rule));
        } else {
            chosen.change(rule);
        }
        em.flush();
        auditLog.record("results.rule-chosen", SUBJECT, roundId, before.name(), rule.name());
        return rule;
    }

    /**
     * Starts the count of a round whose voting has closed (phase "counting votes"). Refused before voting closed,
     * once the round is counted, and while a count runs. The count itself runs in {@link Tallier#count}.
     */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public void startTally(long roundId) {
        Round round = rounds.find(roundId);
        if (round.getPhase().isBefore(Phase.TALLYING)) {
            throw new DomainException("results.tally.votingOpen");
        }
        RoundResult result = em.find(RoundResult.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round.getPhase() != Phase.TALLYING || result != null && result.isCounted()) {
            throw new DomainException("results.tally.alreadyCounted");
        }
        if (result == null) {
            em.persist(new RoundResult(roundId, now()));
        } else {
            result.restart(now(), progress.of(roundId).isPresent());
        }
        if (!progress.claim(roundId)) {
            throw new DomainException("results.tally.running");
        }
        em.flush();
        auditLog.record("results.tally-started", SUBJECT, roundId, null, countingRule(roundId).name());
    }

    /**
     * Counts every ballot (scope) of the round with its rule and stores the result document, its ballot files and
     * signature, in one transaction: a count is stored whole or not at all.
     */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public ResultDocument count(long roundId) {
        RoundResult result = em.find(RoundResult.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (result == null || result.getState() != ResultState.COUNTING) {
            throw new DomainException("results.tally.notStarted");
        }
        Round round = rounds.find(roundId);
        CountingRule rule = countingRule(roundId);
        List<BallotScope> scopes = ballotBox.scopes(roundId);
        List<ScopeResult> counted = new ArrayList<>();
        long ballots = 0;
        for (int i = 0; i < scopes.size(); i++) {
            BallotScope scope = scopes.get(i);
            progress.counting(roundId, i, scopes.size(), scope.name());
            List<StoredBallot> cast = ballotBox.ballots(roundId, scope.neighbourhoodId());
            Tally.Counted count = Tally.count(round.getName(), round.getYear(), i, scope, round.getVotingMethod(),
                    cast, rule);
            em.persist(new BallotFile(roundId, i, count.fileName(), count.file(), count.scope().ballotFileSha256()));
            counted.add(count.scope());
            ballots += cast.size();
        }
        progress.counting(roundId, scopes.size(), scopes.size(), "");
        Instant finished = now();
        ResultDocument document = new ResultDocument(ResultDocument.FORMAT, roundId, round.getName(), round.getYear(),
                rule.name(), rule.engineName(), rule.completion().label(), rule.satisfaction().label(), "platform",
                ENGINE_VERSION, rule.recountArguments(), finished.toString(), ballots, turnout(roundId), counted);
        String json = JSON.toJson(document);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String sha256 = sha256(bytes);
        result.counted(json, sha256, signatures.sign(bytes), finished);
        em.flush();
        auditLog.record("results.counted", SUBJECT, roundId, null, Map.of("rule", rule.name(), "ballots", ballots,
                "sha256", sha256));
        return document;
    }

    /** Records that a count stopped with an error, in a transaction of its own (the count's was rolled back). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN})
    public void countFailed(long roundId, String why) {
        RoundResult result = em.find(RoundResult.class, roundId);
        if (result != null && result.getState() == ResultState.COUNTING) {
            result.failed(why, now());
            auditLog.record("results.tally-failed", SUBJECT, roundId, null, why);
        }
    }

    /** The round's count as it stands (also while counting or failed), for the officials. */
    @RolesAllowed({Role.OFFICIAL, Role.ADMIN, Role.AUDITOR})
    public Optional<RoundResult> countOf(long roundId) {
        return Optional.ofNullable(em.find(RoundResult.class, roundId));
    }

    /** The published result: only once the round has moved on to its results. */
    @PermitAll
    public Optional<ResultDocument> published(long roundId) {
        return publishedRow(roundId).map(r -> JSON.fromJson(r.getDocument(), ResultDocument.class));
    }

    /** The published result's row: document exactly as signed, its SHA-256 and signature. */
    @PermitAll
    public Optional<RoundResult> publishedRow(long roundId) {
        Round round = rounds.find(roundId);
        if (round.getPhase().isBefore(Phase.RESULTS)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(RoundResult.class, roundId)).filter(RoundResult::isCounted);
    }

    /** The ballot files the published result was counted from, in scope order. */
    @PermitAll
    public List<BallotFile> ballotFiles(long roundId) {
        if (publishedRow(roundId).isEmpty()) {
            return List.of();
        }
        return em.createQuery("select f from BallotFile f where f.roundId = :round order by f.position",
                BallotFile.class).setParameter("round", roundId).getResultList();
    }

    /**
     * What every rule of the engine would have chosen on the ballot files of the published result, with fairness
     * figures; empty before publication.
     */
    @PermitAll
    public List<RuleComparison.RuleOutcome> compareRules(long roundId) {
        Optional<RoundResult> published = publishedRow(roundId);
        if (published.isEmpty()) {
            return List.of();
        }
        ResultDocument document = JSON.fromJson(published.get().getDocument(), ResultDocument.class);
        List<String> files = ballotFiles(roundId).stream().map(BallotFile::getContent).toList();
        String official = document.engineRule() + ("none".equals(document.completion()) ? ""
                : "+" + document.completion());
        return comparisons.of(published.get().getDocumentSha256(), () -> RuleComparison.compare(files, official));
    }

    /** A ballot found by its receipt, with its place in its ballot file (voter {@code voter} of file {@code file}). */
    public record Receipt(StoredBallot ballot, BallotScope scope, int file, int voter) {
    }

    /**
     * The ballot with this receipt, as counted: only once voting has closed (before, nothing is shown of any
     * ballot), with the number of its ballot file and its voter number in that file (ballots are written in
     * receipt order).
     */
    @PermitAll
    public Optional<Receipt> byReceipt(String typed) {
        Optional<StoredBallot> found = ballotBox.byReceipt(typed);
        if (found.isEmpty() || rounds.find(found.get().roundId()).getPhase().isBefore(Phase.TALLYING)) {
            return Optional.empty();
        }
        StoredBallot ballot = found.get();
        List<BallotScope> scopes = ballotBox.scopes(ballot.roundId());
        for (int i = 0; i < scopes.size(); i++) {
            BallotScope scope = scopes.get(i);
            if (java.util.Objects.equals(scope.neighbourhoodId(), ballot.neighbourhoodId())) {
                List<String> receipts = ballotBox.ballots(ballot.roundId(), scope.neighbourhoodId()).stream()
                        .map(StoredBallot::receipt).toList();
                return Optional.of(new Receipt(ballot, scope, i + 1, receipts.indexOf(ballot.receipt()) + 1));
            }
        }
        return Optional.empty();
    }

    /** A ballot file to download: a name and the exact text. */
    public record Download(String fileName, String content) {
    }

    /**
     * The cast ballots of a round, for the bulletin board and the downloads; refused (403) while voting is open,
     * so that no one sees how the vote is going.
     */
    @PermitAll
    public List<StoredBallot> castBallots(long roundId) {
        refuseWhileVotingOpen(roundId);
        return ballotBox.ballots(roundId);
    }

    /**
     * The pabulib file of one ballot (scope), by its place among the round's ballots: once counted, exactly the
     * file the count read; after voting closed but before the count, written from the stored ballots; never while
     * voting is open.
     */
    @PermitAll
    public Download ballotFileToDownload(long roundId, int position) {
        Round round = refuseWhileVotingOpen(roundId);
        Optional<RoundResult> counted = Optional.ofNullable(em.find(RoundResult.class, roundId))
                .filter(RoundResult::isCounted);
        if (counted.isPresent()) {
            BallotFile file = em.find(BallotFile.class, new BallotFile.Key(roundId, position));
            if (file == null) {
                throw new NotFoundException("page.notFound");
            }
            return new Download(file.getFileName(), file.getContent());
        }
        List<BallotScope> scopes = ballotBox.scopes(roundId);
        if (position < 0 || position >= scopes.size()) {
            throw new NotFoundException("page.notFound");
        }
        BallotScope scope = scopes.get(position);
        return new Download(Tally.fileName(round.getYear(), position, scope), Tally.ballotFile(round.getName(),
                round.getYear(), scope, round.getVotingMethod(), ballotBox.ballots(roundId, scope.neighbourhoodId())));
    }

    /** The round's ballots (scopes) by name, in the order of their files. */
    @PermitAll
    public List<BallotScope> scopes(long roundId) {
        return ballotBox.scopes(roundId);
    }

    private Round refuseWhileVotingOpen(long roundId) {
        Round round = rounds.find(roundId);
        if (round.getPhase().isBefore(Phase.TALLYING)) {
            throw new ForbiddenException("results.ballots.votingOpen");
        }
        return round;
    }

    /**
     * Names the scopes whose ballots stored now no longer give the file the published result counted (by SHA-256): a
     * ballot changed, added or removed after the count. From a comparison a few seconds old at most
     * ({@link BallotFileChecks}).
     */
    @PermitAll
    public List<String> changedSinceCount(long roundId) {
        return ballotFileChecks.changed(roundId, () -> compareBallotFiles(roundId));
    }

    /** Writes every scope's ballot file again from the ballots stored now and compares its SHA-256. */
    private List<String> compareBallotFiles(long roundId) {
        Optional<ResultDocument> document = published(roundId);
        if (document.isEmpty()) {
            return List.of();
        }
        Round round = rounds.find(roundId);
        List<BallotScope> scopes = ballotBox.scopes(roundId);
        List<String> changed = new ArrayList<>();
        for (ScopeResult published : document.get().scopes()) {
            Optional<BallotScope> scope = scopes.stream()
                    .filter(s -> java.util.Objects.equals(s.neighbourhoodId(), published.neighbourhoodId()))
                    .findFirst();
            String now = scope.map(s -> sha256(Tally.ballotFile(round.getName(), round.getYear(), s,
                    round.getVotingMethod(), ballotBox.ballots(roundId, s.neighbourhoodId()))
                    .getBytes(StandardCharsets.UTF_8))).orElse("");
            if (!now.equals(published.ballotFileSha256())) {
                changed.add(published.name());
            }
        }
        return changed;
    }

    /** Results may be published only once the round is counted. */
    @PermitAll
    public void refuseUncountedPublication(@Observes PhaseMoving move) {
        if (!move.to().isBefore(Phase.RESULTS) && move.from() == Phase.TALLYING) {
            RoundResult result = em.find(RoundResult.class, move.roundId());
            if (result == null || !result.isCounted()) {
                throw new DomainException("results.publish.notCounted");
            }
        }
    }

    /**
     * Voting codes handed out and used. A voter who voted on their neighbourhood's and the district's ballot used
     * one code, so this, not the number of ballots, is the turnout.
     */
    private ResultDocument.Turnout turnout(long roundId) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(used), 0) from voting_code"
                + " where round_id = ?").setParameter(1, roundId).getSingleResult();
        return new ResultDocument.Turnout(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(nl.wijkfonds.allocation.TieBreak.sha256(bytes));
    }

    /** The engine's version as the build wrote it: a result names the engine that counted it. */
    static final String ENGINE_VERSION = engineVersion();

    private static String engineVersion() {
        try (InputStream in = ResultService.class.getResourceAsStream("engine.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
