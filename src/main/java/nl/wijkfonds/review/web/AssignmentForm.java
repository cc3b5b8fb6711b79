package nl.wijkfonds.review.web;

import nl.wijkfonds.review.Assignment;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;

/** The reviewer and the day to decide by, as chosen and typed. */
public class AssignmentForm implements Serializable {

    private Long reviewerId;
    private String dueOn;

    Assignment toAssignment(TypedInput input) {
        return new Assignment(reviewerId, input.date("dueOn", dueOn));
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public void setReviewerId(Long reviewerId) {
        this.reviewerId = reviewerId;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }
}
