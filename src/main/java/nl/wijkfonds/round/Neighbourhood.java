package nl.wijkfonds.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.wijkfonds.shared.Money;

/** A neighbourhood of the district, known by its postcode ranges, optionally with a sub-budget of its own. */
@Entity
@Table(name = "neighbourhood")
public class Neighbourhood implements RoundPart<RoundForm.NeighbourhoodRow> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "postcode_ranges", nullable = false, length = 200)
    private String postcodeRanges;

    @Column(name = "budget_cents")
    private Long budgetCents;

    protected Neighbourhood() {
    }

    Neighbourhood(Round round, RoundForm.NeighbourhoodRow row, int position) {
        this.round = round;
        update(row, position);
    }

    @Override
    public final void update(RoundForm.NeighbourhoodRow row, int position) {
        this.position = position;
        this.name = row.getName().strip();
        this.postcodeRanges = row.getPostcodeRanges().strip();
        this.budgetCents = row.getBudget() == null ? null : row.getBudget().cents();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Round getRound() {
        return round;
    }

    @Override
    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    /** Four-digit postcode ranges, e.g. "1051-1058, 1060". */
    public String getPostcodeRanges() {
        return postcodeRanges;
    }

    /** The neighbourhood's sub-budget, or null when it has none of its own. */
    @Override
    public Money getBudget() {
        return budgetCents == null ? null : Money.ofCents(budgetCents);
    }
}
