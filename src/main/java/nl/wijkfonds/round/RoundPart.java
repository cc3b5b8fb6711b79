package nl.wijkfonds.round;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import nl.wijkfonds.shared.Money;

/**
 * A theme or neighbourhood: a named, ordered part of a round that may carry its own share of the budget. Only its
 * round changes it, from the official's set-up (see {@link Round#revise}).
 */
@MappedSuperclass
public abstract class RoundPart<R extends RoundSetup.PartSetup> {

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

    @Column(name = "budget_cents")
    private Money budget;

    protected RoundPart() {
    }

    protected RoundPart(Round round) {
        this.round = round;
    }

    final void update(R row, int position) {
        this.position = position;
        this.name = row.name().strip();
        this.budget = row.budget();
        updateDetails(row);
    }

    /** Takes what this kind of part has beyond a name and a budget. */
    protected abstract void updateDetails(R row);

    public Long getId() {
        return id;
    }

    public Round getRound() {
        return round;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    /** The part's own share of the budget, or null when it has none. */
    public Money getBudget() {
        return budget;
    }
}
