package nl.wijkfonds.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A central theme of a round that plans are submitted under, optionally with its own share of the budget. */
@Entity
@Table(name = "theme")
public class Theme extends RoundPart<RoundSetup.ThemeSetup> {

    @Column(nullable = false, length = 1000)
    private String description;

    protected Theme() {
    }

    Theme(Round round, RoundSetup.ThemeSetup row, int position) {
        super(round);
        update(row, position);
    }

    @Override
    protected void updateDetails(RoundSetup.ThemeSetup row) {
        description = row.description().strip();
    }

    public String getDescription() {
        return description;
    }
}
