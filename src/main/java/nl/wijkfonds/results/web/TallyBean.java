package nl.wijkfonds.results.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.results.CountingRule;
import nl.wijkfonds.results.ResultDocument;
import nl.wijkfonds.results.ResultService;
import nl.wijkfonds.results.RoundResult;
import nl.wijkfonds.results.Tallier;
import nl.wijkfonds.results.TallyProgress;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The official's page for a round's count: the counting rule (until voting opens), the tally once voting has
 * closed (started here, its progress polled while it runs), and publishing the counted result.
 */
@Named("tally")
@ViewScoped
public class TallyBean implements Serializable {

    @Inject
    private ResultService results;

    @Inject
    private RoundService rounds;

    @Inject
    private Tallier tallier;

    @Inject
    private TallyProgress progress;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    private long roundId;
    private String rule;

    public void load() {
        if (rule == null) {
            roundId = PageIds.required(roundParameter);
            rule = results.countingRule(rounds.find(roundId).getId()).name();
        }
    }

    public String saveRule() {
        CountingRule chosen = Arrays.stream(CountingRule.values()).filter(r -> r.name().equals(rule)).findFirst()
                .orElse(null);
        results.chooseCountingRule(roundId, chosen);
        Feedback.doneAfterRedirect("results.rule.saved", getRound().getName());
        return here();
    }

    /** Starts the count; the page then polls {@link #getStep()} until it is done. */
    public String start() {
        results.startTally(roundId);
        tallier.count(roundId);
        return here();
    }

    public String publish() {
        Round moved = rounds.moveToPhase(roundId, Phase.RESULTS);
        Feedback.doneAfterRedirect("round.phaseChanged", moved.getName(), Feedback.text(Phase.RESULTS.messageKey()));
        return here();
    }

    public Round getRound() {
        return rounds.find(roundId);
    }

    public long getRoundId() {
        return roundId;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public List<SelectItem> getRules() {
        return Arrays.stream(CountingRule.values()).map(r -> new SelectItem(r.name(), Feedback.text(r.messageKey())))
                .toList();
    }

    public CountingRule getChosenRule() {
        return results.countingRule(roundId);
    }

    public boolean isVotingClosed() {
        return !getRound().getPhase().isBefore(Phase.TALLYING);
    }

    public boolean isRuleFrozen() {
        return getRound().getPhase().votingHasOpened();
    }

    public Optional<RoundResult> getCount() {
        return results.countOf(roundId);
    }

    /** The published result, whose plans officials may then override and report progress on; null before. */
    public ResultDocument getPublished() {
        return results.published(roundId).orElse(null);
    }

    public boolean isRunning() {
        return progress.of(roundId).isPresent();
    }

    public TallyProgress.Step getStep() {
        return progress.of(roundId).orElse(new TallyProgress.Step(0, 0, ""));
    }

    public boolean isStartable() {
        return getRound().getPhase() == Phase.TALLYING && !isRunning()
                && getCount().map(c -> !c.isCounted()).orElse(true);
    }

    public boolean isPublishable() {
        return getRound().getPhase() == Phase.TALLYING && getCount().map(RoundResult::isCounted).orElse(false);
    }

    private String here() {
        return "/official/results?faces-redirect=true&round=" + roundId;
    }
}
