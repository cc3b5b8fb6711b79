package nl.wijkfonds.results.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import nl.wijkfonds.results.ResultDocument;
import nl.wijkfonds.results.ResultDocument.PlanResult;
import nl.wijkfonds.results.ResultDocument.ScopeResult;
import nl.wijkfonds.results.OutcomeService;
import nl.wijkfonds.results.ResultService;
import nl.wijkfonds.results.RoundOutcome;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.List;

import static nl.wijkfonds.shared.Jsons.JSON;

/**
 * The public results of a round (the current one, or {@code ?round=}): winners, votes, money, turnout, a chart and
 * a table per ballot, and why each plan was or was not chosen, in the visitor's language.
 */
@Named("results")
@ViewScoped
public class ResultsBean implements Serializable {

    @Inject
    private ResultService service;

    @Inject
    private RoundService rounds;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private LanguageBean language;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    private Long roundId;
    private transient ResultDocument document;
    private transient RoundOutcome outcome;
    private List<String> changed;

    public void load() {
        if (roundId == null) {
            Long asked = PageIds.optional(roundParameter);
            roundId = asked != null ? rounds.find(asked).getId()
                    : rounds.current().map(Round::getId).orElseThrow(() -> new NotFoundException("page.notFound"));
            changed = service.changedSinceCount(roundId);
        }
    }

    public Round getRound() {
        return rounds.find(roundId);
    }

    public long getRoundId() {
        return roundId;
    }

    public ResultDocument getDocument() {
        if (document == null) {
            document = service.published(roundId).orElse(null);
        }
        return document;
    }

    /** The confirmed overrides beside the result, and the progress of the plans carried out. */
    public RoundOutcome getOutcome() {
        if (outcome == null) {
            outcome = outcomes.ofRound(roundId);
        }
        return outcome;
    }

    public boolean isPublished() {
        return getDocument() != null;
    }

    /** The ballots (scopes) whose ballots in the database no longer give the counted file. */
    public List<String> getChanged() {
        return changed;
    }

    public String explanation(PlanResult plan) {
        return plan.explanation(language.getTag());
    }

    public Money money(long cents) {
        return Money.ofCents(cents);
    }

    public String ruleName() {
        return Feedback.text("results.rule." + getDocument().countingRule().toLowerCase(java.util.Locale.ROOT));
    }

    /** A bar chart of the votes per plan on one ballot (Chart.js configuration), chosen plans in the dark colour. */
    public String chart(ScopeResult scope) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder votes = JSON.createArrayBuilder();
        JsonArrayBuilder colours = JSON.createArrayBuilder();
        for (PlanResult plan : scope.plans()) {
            labels.add(plan.title());
            votes.add(plan.votes());
            colours.add(plan.chosen() ? "#1d5b3a" : "#9bb5a6");
        }
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("label", Feedback.text("results.votes"))
                                .add("data", votes)
                                .add("backgroundColor", colours))))
                .add("options", JSON.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    /** Room for one bar per plan. */
    public String chartHeight(ScopeResult scope) {
        return "height:" + (60 + 28 * scope.plans().size()) + "px";
    }
}
