package nl.wijkfonds.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A rule every plan of a round must meet to go on the ballot, with the explanation residents read. */
@Entity
@Table(name = "eligibility_criterion")
public class EligibilityCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rules_id")
    private ReviewRules rules;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 1000)
    private String explanation;

    protected EligibilityCriterion() {
    }

    EligibilityCriterion(ReviewRules rules) {
        this.rules = rules;
    }

    void update(ReviewRulesSetup.CriterionSetup setup, int newPosition) {
        position = newPosition;
        name = setup.name().strip();
        explanation = setup.explanation().strip();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getExplanation() {
        return explanation;
    }
}
