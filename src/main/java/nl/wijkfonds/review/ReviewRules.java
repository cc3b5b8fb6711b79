package nl.wijkfonds.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Violations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a round's plans are reviewed against: its eligibility criteria, in order, and how many days a submitter gets
 * to make changes the review asks for. An official sets them up before the review starts and may change them until
 * the first decision of the round is proposed; from then on they are fixed, so that every plan of the round is
 * judged against the same list.
 */
@Entity
@Table(name = "review_rules")
public class ReviewRules {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @Column(name = "change_days", nullable = false)
    private int changeDays;

    @OneToMany(mappedBy = "rules", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<EligibilityCriterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected ReviewRules() {
    }

    /** The rules of a round, set up as the official (or the demo data) says. */
    public ReviewRules(Round round, ReviewRulesSetup setup) {
        this.round = Objects.requireNonNull(round);
        revise(setup, false);
    }

    /**
     * Applies the set-up. Refuses, all at once: two criteria with the same name; any change once voting has opened;
     * and, once a decision of the round was proposed, any change at all.
     */
    final void revise(ReviewRulesSetup setup, boolean decisionsExist) {
        if (round.getPhase().votingHasOpened()) {
            throw new DomainException("review.rules.closed");
        }
        if (decisionsExist) {
            throw new DomainException("review.rules.frozen");
        }
        Violations problems = new Violations();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < setup.criteria().size(); i++) {
            if (!names.add(setup.criteria().get(i).name().strip().toLowerCase(Locale.ROOT))) {
                problems.add("criteria[" + i + "].name", "review.criteria.duplicate");
            }
        }
        problems.throwIfAny();
        changeDays = setup.changeDays();
        List<EligibilityCriterion> revised = new ArrayList<>();
        for (int i = 0; i < setup.criteria().size(); i++) {
            ReviewRulesSetup.CriterionSetup row = setup.criteria().get(i);
            EligibilityCriterion criterion = criteria.stream()
                    .filter(c -> c.getId() != null && c.getId().equals(row.id()))
                    .findFirst()
                    .orElseGet(() -> new EligibilityCriterion(this));
            criterion.update(row, i);
            revised.add(criterion);
        }
        criteria.retainAll(revised);
        revised.stream().filter(c -> !criteria.contains(c)).forEach(criteria::add);
        criteria.sort(Comparator.comparingInt(EligibilityCriterion::getPosition));
    }

    /** What the audit log keeps of the rules. */
    public Snapshot snapshot() {
        return new Snapshot(changeDays, criteria.stream().map(EligibilityCriterion::getName).toList());
    }

    public record Snapshot(int changeDays, List<String> criteria) {
    }

    public Long getId() {
        return id;
    }

    public Round getRound() {
        return round;
    }

    public int getChangeDays() {
        return changeDays;
    }

    public List<EligibilityCriterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
