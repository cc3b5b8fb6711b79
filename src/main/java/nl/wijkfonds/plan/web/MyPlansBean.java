package nl.wijkfonds.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.web.Feedback;

import java.io.Serializable;
import java.util.List;

/** A resident's own plans, with their status and what to do next. */
@Named("myPlans")
@ViewScoped
public class MyPlansBean implements Serializable {

    @Inject
    private PlanService plans;

    private transient List<Plan> mine;

    public List<Plan> getMine() {
        if (mine == null) {
            mine = plans.mine();
        }
        return mine;
    }

    public boolean isRoundOpen() {
        return plans.roundOpenForPlans().isPresent();
    }

    /** The message key that tells the resident what to do next with this plan. */
    public String nextStep(Plan plan) {
        if (plan.getStatus() == PlanStatus.WITHDRAWN) {
            return "plan.mine.next.withdrawn";
        }
        if (plan.isEditable()) {
            return plan.getStatus() == PlanStatus.DRAFT ? "plan.mine.next.finishDraft" : "plan.mine.next.canEdit";
        }
        return plan.getStatus() == PlanStatus.DRAFT ? "plan.mine.next.draftClosed" : "plan.mine.next.inReview";
    }

    public String withdraw(Plan plan) {
        plans.withdraw(plan.getId());
        Feedback.doneAfterRedirect("plan.saved.withdrawn", plan.getTitle());
        return "/account/plans?faces-redirect=true";
    }

    public String deleteDraft(Plan plan) {
        plans.deleteDraft(plan.getId());
        Feedback.doneAfterRedirect("plan.saved.deleted", plan.getTitle());
        return "/account/plans?faces-redirect=true";
    }
}
