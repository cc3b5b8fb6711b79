package nl.wijkfonds.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.review.PublicReview;
import nl.wijkfonds.review.ReviewService;

import java.util.HashMap;
import java.util.Map;

/** The public side of a plan's review, for the plan's page and its submitter's editor. */
@Named("planReview")
@RequestScoped
public class PlanReviewBean {

    @Inject
    private ReviewService reviews;

    private final Map<Long, PublicReview> loaded = new HashMap<>();

    public PublicReview of(Long planId) {
        return planId == null ? null : loaded.computeIfAbsent(planId, reviews::publicReview);
    }
}
