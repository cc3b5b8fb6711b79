package nl.wijkfonds.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.review.ReviewRules;
import nl.wijkfonds.review.ReviewRulesSetup;
import nl.wijkfonds.review.ReviewService;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import nl.wijkfonds.web.TypedInput;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.Optional;

/** The official's form for a round's eligibility criteria and the days a submitter gets for changes. */
@Named("reviewRules")
@ViewScoped
public class ReviewRulesBean implements Serializable {

    @Inject
    private ReviewService reviews;

    @Inject
    private RoundService rounds;

    @Inject
    private Validation validation;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    private long roundId;
    private String roundName;
    private boolean standard;
    private ReviewRulesForm form;

    /** The rules of the round named by {@code ?round=}; a round without any starts from the standard criteria. */
    public void load() {
        if (form != null) {
            return;
        }
        roundId = PageIds.required(roundParameter);
        Optional<ReviewRules> rules = reviews.rules(roundId);
        roundName = rounds.find(roundId).getName();
        standard = rules.isEmpty();
        form = rules.map(ReviewRulesForm::of).orElseGet(() -> ReviewRulesForm.of(ReviewRulesSetup.standard()));
    }

    public String save() {
        TypedInput input = new TypedInput();
        ReviewRulesSetup setup = form.toSetup(input);
        input.check(validation, setup);
        reviews.setRules(roundId, setup);
        Feedback.doneAfterRedirect("review.rules.saved", roundName);
        return "/official/review/index?faces-redirect=true&round=" + roundId;
    }

    public void addCriterion() {
        form.getCriteria().add(new ReviewRulesForm.CriterionRow());
    }

    public void removeCriterion(ReviewRulesForm.CriterionRow row) {
        form.getCriteria().remove(row);
    }

    public long getRoundId() {
        return roundId;
    }

    public String getRoundName() {
        return roundName;
    }

    /** Whether the form shows the standard criteria because the round has none yet. */
    public boolean isStandard() {
        return standard;
    }

    public ReviewRulesForm getForm() {
        return form;
    }
}
