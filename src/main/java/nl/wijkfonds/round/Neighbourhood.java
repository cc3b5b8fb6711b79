package nl.wijkfonds.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A neighbourhood of the district, known by its postcode ranges, optionally with a sub-budget of its own. */
@Entity
@Table(name = "neighbourhood")
public class Neighbourhood extends RoundPart<RoundForm.NeighbourhoodRow> {

    @Column(name = "postcode_ranges", nullable = false, length = 200)
    private String postcodeRanges;

    protected Neighbourhood() {
    }

    Neighbourhood(Round round, RoundForm.NeighbourhoodRow row, int position) {
        super(round);
        update(row, position);
    }

    @Override
    protected void updateDetails(RoundForm.NeighbourhoodRow row) {
        postcodeRanges = row.getPostcodeRanges().strip();
    }

    /** Four-digit postcode ranges, e.g. "1051-1058, 1060". */
    public String getPostcodeRanges() {
        return postcodeRanges;
    }
}
