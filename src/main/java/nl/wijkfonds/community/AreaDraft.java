package nl.wijkfonds.community;

import jakarta.validation.constraints.NotNull;
import nl.wijkfonds.shared.DomainException;

import java.io.Serializable;
import java.math.BigDecimal;

/** A round's map area as an official sets it: its four edges in degrees (WGS 84), to six decimals. */
public record AreaDraft(
        @NotNull(message = "{community.area.required}") @Latitude BigDecimal south,
        @NotNull(message = "{community.area.required}") @Longitude BigDecimal west,
        @NotNull(message = "{community.area.required}") @Latitude BigDecimal north,
        @NotNull(message = "{community.area.required}") @Longitude BigDecimal east) implements Serializable {

    /** The area these edges enclose; an edge on the wrong side of its opposite is named. */
    Area toArea() {
        if (north.compareTo(south) <= 0) {
            throw new DomainException("community.area.northOfSouth", "north");
        }
        if (east.compareTo(west) <= 0) {
            throw new DomainException("community.area.eastOfWest", "east");
        }
        return new Area(south, west, north, east);
    }
}
