package nl.wijkfonds.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanService;
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
        boolean editable = plan.isEditable();
        return switch (plan.getStatus()) {
            case DRAFT -> editable ? "plan.mine.next.finishDraft" : "plan.mine.next.draftClosed";
            case SUBMITTED -> editable ? "plan.mine.next.canEdit" : "plan.mine.next.inReview";
            case CHANGES_REQUESTED -> editable ? "plan.mine.next.changesRequested" : "plan.mine.next.changesTooLate";
            case ELIGIBLE -> "plan.mine.next.eligible";
            case INELIGIBLE -> "plan.mine.next.ineligible";
            case WITHDRAWN -> "plan.mine.next.withdrawn";
        };
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
