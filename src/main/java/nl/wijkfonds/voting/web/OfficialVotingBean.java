package nl.wijkfonds.voting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.InvalidInput;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.shared.Violation;
import nl.wijkfonds.voting.BallotBox;
import nl.wijkfonds.voting.CodeLetter;
import nl.wijkfonds.voting.CodeLetters;
import nl.wijkfonds.voting.RegisterImport;
import nl.wijkfonds.voting.RegisterSummary;
import nl.wijkfonds.voting.TurnoutLine;
import nl.wijkfonds.voting.VoterRegister;
import nl.wijkfonds.voting.VotingRulesSetup;
import nl.wijkfonds.voting.VotingService;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import nl.wijkfonds.web.TypedInput;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;
import org.omnifaces.util.Faces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The officials' voting page of a round: the voting rules, the voter register (import with progress and every bad
 * line), the code letters, opening and closing the vote, and turnout per neighbourhood.
 */
@Named("officialVoting")
@ViewScoped
public class OfficialVotingBean implements Serializable {

    /** Larger register files are refused before they are read (about a million voters). */
    private static final long MAX_FILE = 50L * 1024 * 1024;

    @Inject
    private RoundService rounds;

    @Inject
    private VotingService voting;

    @Inject
    private VoterRegister register;

    @Inject
    private BallotBox ballotBox;

    @Inject
    private RegisterImports imports;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    @Inject
    @Param(name = "import")
    private ParamValue<String> importParameter;

    private long roundId;
    private VotingRulesForm rules;
    private String importId;
    private transient Part file;

    public void load() {
        if (rules != null) {
            return;
        }
        roundId = PageIds.required(roundParameter);
        rounds.find(roundId);
        rules = VotingRulesForm.of(ballotBox.rules(roundId).setup());
        importId = importParameter.getValue();
    }

    public String saveRules() {
        TypedInput input = new TypedInput();
        VotingRulesSetup setup = rules.toSetup(input);
        input.check(validation, setup);
        voting.saveRules(roundId, setup);
        Feedback.doneAfterRedirect("voting.official.rulesSaved");
        return here();
    }

    /** Starts the import in the background and shows its progress. */
    public String importRegister() throws IOException {
        if (file == null || file.getSize() == 0) {
            throw new InvalidInput(List.of(new Violation("file", "voting.official.file.missing")));
        }
        if (file.getSize() > MAX_FILE) {
            throw new InvalidInput(List.of(new Violation("file", "voting.official.file.tooLarge")));
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        String id = imports.start(roundId, content,
                job -> register.importInBackground(roundId, content, job::progress));
        return "/official/voting?faces-redirect=true&round=" + roundId + "&import=" + id;
    }

    /** Issues new codes and sends the letters as one PDF. */
    public void downloadLetters() throws IOException {
        List<CodeLetter> letters = register.issueCodes(roundId);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CodeLetters.write(round().getName(), roundId, letters, pdf);
        Faces.sendFile(pdf.toByteArray(), "stemcodes-ronde-" + roundId + ".pdf", true);
    }

    public String openVoting() {
        rounds.moveToPhase(roundId, Phase.VOTING);
        Feedback.doneAfterRedirect("voting.official.opened");
        return here();
    }

    public String closeVoting() {
        rounds.moveToPhase(roundId, Phase.TALLYING);
        Feedback.doneAfterRedirect("voting.official.closed");
        return here();
    }

    private String here() {
        return "/official/voting?faces-redirect=true&round=" + roundId;
    }

    public Round round() {
        return rounds.find(roundId);
    }

    public RegisterSummary summary() {
        return register.summary(roundId);
    }

    public List<TurnoutLine> turnout() {
        return voting.turnout(roundId);
    }

    /** The import this page follows, if any. */
    public Optional<RegisterImports.Job> job() {
        return imports.find(importId).filter(j -> j.getRoundId() == roundId);
    }

    public long getRoundId() {
        return roundId;
    }

    public VotingRulesForm getRules() {
        return rules;
    }

    public boolean isBeforeVoting() {
        return !round().getPhase().votingHasOpened();
    }

    public boolean isVoting() {
        return round().getPhase() == Phase.VOTING;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    /** The outcome of the followed import, once it is done. */
    public Optional<RegisterImport> importResult() {
        return job().flatMap(RegisterImports.Job::result);
    }

    /** The round's voting method in words. */
    public String methodName() {
        return Feedback.text("votingMethod." + round().getVotingMethod().name().toLowerCase(Locale.ROOT));
    }

    /** Why a register line was refused, in the official's language. */
    public String problemText(RegisterImport.Problem problem) {
        return Feedback.text(problem.messageKey(), problem.arguments().toArray());
    }
}
