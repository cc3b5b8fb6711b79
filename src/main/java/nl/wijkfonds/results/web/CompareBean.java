package nl.wijkfonds.results.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.results.ResultService;
import nl.wijkfonds.results.RuleComparison.RuleOutcome;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What each rule of the engine would have chosen on the published ballots, with fairness figures. */
@Named("compare")
@ViewScoped
public class CompareBean implements Serializable {

    @Inject
    private ResultService results;

    @Inject
    private RoundService rounds;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    private Long roundId;
    private transient List<RuleOutcome> outcomes;

    public void load() {
        if (roundId == null) {
            Long asked = PageIds.optional(roundParameter);
            roundId = asked != null ? rounds.find(asked).getId()
                    : rounds.current().map(Round::getId).orElseThrow(() -> new NotFoundException("page.notFound"));
        }
    }

    public Round getRound() {
        return rounds.find(roundId);
    }

    public long getRoundId() {
        return roundId;
    }

    public List<RuleOutcome> getOutcomes() {
        if (outcomes == null) {
            outcomes = results.compareRules(roundId);
        }
        return outcomes;
    }

    public Money money(long cents) {
        return Money.ofCents(cents);
    }

    /** A map's entries as a list, for repeating in a page. */
    public List<Map.Entry<String, Long>> entries(Map<String, Long> map) {
        return new ArrayList<>(map.entrySet());
    }
}
