package nl.wijkfonds.plan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanService;

import java.io.IOException;

/** One plan's public page: everything about it except its contact details. */
@Named("planDetail")
@RequestScoped
public class PlanDetailBean {

    @Inject
    private PlanService plans;

    private String id;
    private Plan plan;

    /** Shows the plan, or "not found" for a plan that does not exist or that this visitor may not see. */
    public void load() throws IOException {
        try {
            plan = id == null ? null : plans.visible(Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException notANumber) {
            plan = null;
        }
        if (plan == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "plan not found");
            context.responseComplete();
        }
    }

    public Plan getPlan() {
        return plan;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
