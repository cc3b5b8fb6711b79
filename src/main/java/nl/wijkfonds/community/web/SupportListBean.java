package nl.wijkfonds.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.community.AreaDraft;
import nl.wijkfonds.community.MapService;
import nl.wijkfonds.community.SupportOverview;
import nl.wijkfonds.community.SupportRules;
import nl.wijkfonds.community.SupportService;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import nl.wijkfonds.web.TypedInput;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.List;

/**
 * The officials' community page of a round: its support rules, its map area, and the list of plans with who supported
 * them.
 */
@Named("supportList")
@ViewScoped
public class SupportListBean implements Serializable {

    @Inject
    private SupportService support;

    @Inject
    private MapService map;

    @Inject
    private RoundService rounds;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    private long roundId;
    private String roundName;
    private SupportSettingsForm form;
    private AreaForm areaForm;
    private transient SupportOverview overview;
    private transient List<Round> allRounds;

    /** The round of {@code ?round=} (default: the current one); an unknown or malformed id is a 404. */
    public void load() {
        if (form != null) {
            return;
        }
        Long chosen = PageIds.optional(roundParameter);
        Round round = chosen == null ? rounds.current().orElseThrow(() -> new NotFoundException("round.notFound"))
                : rounds.find(chosen);
        roundId = round.getId();
        roundName = round.getName();
        form = SupportSettingsForm.of(support.rules(roundId));
        areaForm = AreaForm.of(map.area(round));
    }

    public String save() {
        TypedInput input = new TypedInput();
        SupportRules rules = form.toRules(input);
        input.check(validation, rules);
        support.setRules(roundId, rules);
        Feedback.doneAfterRedirect("community.rules.saved", roundName);
        return "/official/community/index?faces-redirect=true&round=" + roundId;
    }

    public String saveArea() {
        TypedInput input = new TypedInput();
        AreaDraft draft = areaForm.toDraft(input);
        input.check(validation, draft);
        map.setArea(roundId, draft);
        Feedback.doneAfterRedirect("community.area.saved", roundName);
        return "/official/community/index?faces-redirect=true&round=" + roundId;
    }

    public SupportOverview getOverview() {
        if (overview == null) {
            overview = support.overview(roundId);
        }
        return overview;
    }

    public List<Round> getRounds() {
        if (allRounds == null) {
            allRounds = rounds.all();
        }
        return allRounds;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getRoundName() {
        return roundName;
    }

    public SupportSettingsForm getForm() {
        return form;
    }

    public AreaForm getAreaForm() {
        return areaForm;
    }
}
