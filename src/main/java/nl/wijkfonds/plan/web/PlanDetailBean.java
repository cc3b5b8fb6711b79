package nl.wijkfonds.plan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

/** One plan's public page: everything about it except its contact details. */
@Named("planDetail")
@RequestScoped
public class PlanDetailBean {

    @Inject
    private PlanService plans;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> id;

    private Plan plan;

    /** Shows the plan; one that does not exist or that this visitor may not see is "not found". */
    public void load() {
        plan = plans.visible(PageIds.required(id)).orElseThrow(() -> new NotFoundException("plan.notFound"));
    }

    public Plan getPlan() {
        // A post from a form on the page (support, comments) runs no view action, yet needs the plan rendered.
        if (plan == null && id.getValue() != null) {
            load();
        }
        return plan;
    }
}
