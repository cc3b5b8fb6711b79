package nl.wijkfonds.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.plan.PlanOverview;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.plan.PlanVersion;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.List;

/** Officials' overview of a round's plans: counts, the list with contact details, and a plan's versions. */
@Named("officialPlans")
@ViewScoped
public class OfficialPlansBean implements Serializable {

    @Inject
    private PlanService plans;

    @Inject
    private RoundService rounds;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    @Inject
    @Param(name = "plan")
    private ParamValue<Long> planParameter;

    private Long roundId;
    private Long planId;
    private transient PlanOverview overview;
    private transient List<PlanVersion> versions;
    private transient List<Round> allRounds;

    /** The round of {@code ?round=} (default: the current one); an unknown or malformed id is a 404. */
    public void load() {
        roundId = PageIds.optional(roundParameter);
        planId = PageIds.optional(planParameter);
        if (roundId == null) {
            roundId = rounds.current().map(Round::getId).orElse(null);
        }
        overview = roundId == null ? null : plans.overview(roundId);
        versions = planId == null ? List.of() : plans.versions(planId);
    }

    public List<Round> getRounds() {
        if (allRounds == null) {
            allRounds = rounds.all();
        }
        return allRounds;
    }

    public PlanOverview getOverview() {
        return overview;
    }

    public List<PlanVersion> getVersions() {
        return versions;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getPlanId() {
        return planId;
    }
}
