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

/** A central theme of a round that plans are submitted under, optionally with its own share of the budget. */
@Entity
@Table(name = "theme")
public class Theme implements RoundPart<RoundForm.ThemeRow> {

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

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "budget_cents")
    private Long budgetCents;

    protected Theme() {
    }

    Theme(Round round, RoundForm.ThemeRow row, int position) {
        this.round = round;
        update(row, position);
    }

    @Override
    public final void update(RoundForm.ThemeRow row, int position) {
        this.position = position;
        this.name = row.getName().strip();
        this.description = row.getDescription().strip();
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

    public String getDescription() {
        return description;
    }

    /** The theme's share of the budget, or null when it has none of its own. */
    @Override
    public Money getBudget() {
        return budgetCents == null ? null : Money.ofCents(budgetCents);
    }
}
