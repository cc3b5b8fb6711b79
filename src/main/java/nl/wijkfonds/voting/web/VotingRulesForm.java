package nl.wijkfonds.voting.web;

import nl.wijkfonds.voting.VotingRulesSetup;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;

/** The round's voting rules as the official types them; {@link #toSetup} reads them into the command. */
public class VotingRulesForm implements Serializable {

    private String maxChoices;
    private String points;
    private String minSpendPercent;
    private String minimumAge;

    static VotingRulesForm of(VotingRulesSetup setup) {
        VotingRulesForm form = new VotingRulesForm();
        form.maxChoices = String.valueOf(setup.maxChoices());
        form.points = String.valueOf(setup.points());
        form.minSpendPercent = String.valueOf(setup.minSpendPercent());
        form.minimumAge = String.valueOf(setup.minimumAge());
        return form;
    }

    VotingRulesSetup toSetup(TypedInput input) {
        return new VotingRulesSetup(input.number("maxChoices", maxChoices), input.number("points", points),
                input.number("minSpendPercent", minSpendPercent), input.number("minimumAge", minimumAge));
    }

    public String getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(String maxChoices) {
        this.maxChoices = maxChoices;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }

    public String getMinSpendPercent() {
        return minSpendPercent;
    }

    public void setMinSpendPercent(String minSpendPercent) {
        this.minSpendPercent = minSpendPercent;
    }

    public String getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(String minimumAge) {
        this.minimumAge = minimumAge;
    }
}
