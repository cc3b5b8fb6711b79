package nl.wijkfonds.review.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.review.Assessment;
import nl.wijkfonds.review.Assignment;
import nl.wijkfonds.review.CriterionVerdict;
import nl.wijkfonds.review.ReturnNote;
import nl.wijkfonds.review.ReviewCase;
import nl.wijkfonds.review.ReviewService;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import nl.wijkfonds.web.TypedInput;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One plan's review page for officials: assign it, declare a conflict of interest, assess it (the reviewer), and
 * confirm or return a proposed decision (a second official). Each action redirects back to the page.
 */
@Named("reviewCase")
@ViewScoped
public class ReviewCaseBean implements Serializable {

    @Inject
    private ReviewService reviews;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> idParameter;

    private long planId;
    private transient ReviewCase reviewCase;
    private AssignmentForm assignment;
    private AssessmentForm assessment;
    private String returnNote;

    /** Loads the plan named by {@code ?id=}; an unknown, malformed or draft id is a 404. */
    public void load() {
        if (assignment != null) {
            return;
        }
        planId = PageIds.required(idParameter);
        ReviewCase loaded = getCase();
        assignment = new AssignmentForm();
        if (loaded.review() != null && loaded.review().getReviewer() != null) {
            assignment.setReviewerId(loaded.review().getReviewer().getId());
        }
        assignment.setDueOn(LocalDate.now(Clocks.AMSTERDAM).plusDays(14).toString());
        assessment = AssessmentForm.of(loaded.criteria());
    }

    public String assign() {
        TypedInput input = new TypedInput();
        Assignment command = assignment.toAssignment(input);
        input.check(validation, command);
        reviews.assign(planId, command);
        return done("review.done.assigned");
    }

    public String declareConflict() {
        reviews.declareConflict(planId);
        return done("review.done.conflict");
    }

    public String propose() {
        TypedInput input = new TypedInput();
        Assessment command = assessment.toAssessment(input);
        input.check(validation, command);
        reviews.propose(planId, command);
        return done("review.done.proposed");
    }

    public String confirm() {
        reviews.confirm(planId);
        return done("review.done.confirmed");
    }

    public String returnProposal() {
        ReturnNote command = new ReturnNote(returnNote);
        validation.check(command);
        reviews.returnProposal(planId, command);
        return done("review.done.returned");
    }

    private String done(String key) {
        Feedback.doneAfterRedirect(key, getCase().plan().getTitle());
        return "/official/review/plan?faces-redirect=true&id=" + planId;
    }

    public ReviewCase getCase() {
        if (reviewCase == null) {
            reviewCase = reviews.reviewCase(planId);
        }
        return reviewCase;
    }

    public List<SelectItem> getOfficials() {
        return getCase().officials().stream().map(this::option).toList();
    }

    private SelectItem option(Account official) {
        boolean conflict = getCase().review() != null && getCase().review().hasConflict(official);
        return new SelectItem(official.getId(), official.getDisplayName()
                + (conflict ? " (" + Feedback.text("review.conflict.marker") + ")" : ""));
    }

    public List<SelectItem> getVerdictOptions() {
        return Arrays.stream(CriterionVerdict.values())
                .map(v -> new SelectItem(v, Feedback.text(v.messageKey())))
                .toList();
    }

    public AssignmentForm getAssignment() {
        return assignment;
    }

    public AssessmentForm getAssessment() {
        return assessment;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public void setReturnNote(String returnNote) {
        this.returnNote = returnNote;
    }
}
