package nl.wijkfonds.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A neighbourhood of the district, known by its postcode ranges, optionally with a sub-budget of its own. */
@Entity
@Table(name = "neighbourhood")
public class Neighbourhood extends RoundPart<RoundSetup.NeighbourhoodSetup> {

    @Column(name = "postcode_ranges", nullable = false, length = 200)
    private String postcodeRanges;

    protected Neighbourhood() {
    }

    Neighbourhood(Round round, RoundSetup.NeighbourhoodSetup row, int position) {
        super(round);
        update(row, position);
    }

    @Override
    protected void updateDetails(RoundSetup.NeighbourhoodSetup row) {
        postcodeRanges = row.postcodeRanges().strip();
    }

    /** Four-digit postcode ranges, e.g. "1051-1058, 1060". */
    public String getPostcodeRanges() {
        return postcodeRanges;
    }
}
