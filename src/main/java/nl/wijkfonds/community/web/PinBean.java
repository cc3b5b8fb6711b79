package nl.wijkfonds.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.community.Area;
import nl.wijkfonds.community.MapService;
import nl.wijkfonds.community.PinDraft;
import nl.wijkfonds.community.PlanPin;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import nl.wijkfonds.web.TypedInput;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.Optional;

/**
 * The submitter places their plan on the map ({@code /account/pin?id=}): a click on the map fills in the two
 * coordinates, which can also be typed (the accessible way, and the way without JavaScript).
 */
@Named("planPin")
@ViewScoped
public class PinBean implements Serializable {

    @Inject
    private MapService map;

    @Inject
    private PlanService plans;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> idParameter;

    private long planId;
    private String title;
    private String slug;
    private Area area;
    private PinForm form;

    /** The resident's own plan named by {@code ?id=}; anyone else's is "not found". */
    public void load() {
        if (form != null) {
            return;
        }
        planId = PageIds.required(idParameter);
        Plan plan = plans.own(planId);
        title = plan.getTitle();
        slug = plan.getSlug();
        area = map.area(plan.getRound()).orElse(null);
        Optional<PlanPin> pin = map.pin(planId);
        form = PinForm.of(pin.map(PlanPin::getLatitude).orElse(null), pin.map(PlanPin::getLongitude).orElse(null));
    }

    public String save() {
        TypedInput input = new TypedInput();
        PinDraft draft = form.toDraft(input);
        input.check(validation, draft);
        map.placePin(planId, draft);
        Feedback.doneAfterRedirect("community.pin.saved", title);
        return "/plannen/plan?faces-redirect=true&id=" + planId;
    }

    public long getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public Area getArea() {
        return area;
    }

    public PinForm getForm() {
        return form;
    }
}
