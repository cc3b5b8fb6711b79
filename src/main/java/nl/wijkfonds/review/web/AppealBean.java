package nl.wijkfonds.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.review.AppealRequest;
import nl.wijkfonds.review.PublicReview;
import nl.wijkfonds.review.ReviewService;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;

/** The submitter's appeal against an ineligible decision on their own plan. */
@Named("appeal")
@ViewScoped
public class AppealBean implements Serializable {

    @Inject
    private ReviewService reviews;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> idParameter;

    private long planId;
    private String title;
    private String slug;
    private transient PublicReview review;
    private String reason;

    /** The resident's own plan named by {@code ?id=}; anyone else's is "not found". */
    public void load() {
        if (title != null) {
            return;
        }
        planId = PageIds.required(idParameter);
        var plan = reviews.own(planId);
        title = plan.getTitle();
        slug = plan.getSlug();
    }

    public String submit() {
        AppealRequest command = new AppealRequest(reason);
        validation.check(command);
        reviews.appeal(planId, command);
        Feedback.doneAfterRedirect("review.appeal.filed", title);
        return "/account/plans?faces-redirect=true";
    }

    public PublicReview getReview() {
        if (review == null) {
            review = reviews.publicReview(planId);
        }
        return review;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
