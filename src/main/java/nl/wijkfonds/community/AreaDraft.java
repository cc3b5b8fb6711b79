package nl.wijkfonds.community;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import nl.wijkfonds.shared.DomainException;

import java.io.Serializable;
import java.math.BigDecimal;

/** A round's map area as an official sets it: its four edges in degrees (WGS 84), to six decimals. */
public record AreaDraft(
        @NotNull(message = "{community.area.required}") @DecimalMin(value = "-90", message = "{community.pin.latitude}")
        @DecimalMax(value = "90", message = "{community.pin.latitude}")
        @Digits(integer = 2, fraction = 6, message = "{community.pin.latitude}")
        BigDecimal south,
        @NotNull(message = "{community.area.required}") @DecimalMin(value = "-180", message = "{community.pin.longitude}")
        @DecimalMax(value = "180", message = "{community.pin.longitude}")
        @Digits(integer = 3, fraction = 6, message = "{community.pin.longitude}")
        BigDecimal west,
        @NotNull(message = "{community.area.required}") @DecimalMin(value = "-90", message = "{community.pin.latitude}")
        @DecimalMax(value = "90", message = "{community.pin.latitude}")
        @Digits(integer = 2, fraction = 6, message = "{community.pin.latitude}")
        BigDecimal north,
        @NotNull(message = "{community.area.required}") @DecimalMin(value = "-180", message = "{community.pin.longitude}")
        @DecimalMax(value = "180", message = "{community.pin.longitude}")
        @Digits(integer = 3, fraction = 6, message = "{community.pin.longitude}")
        BigDecimal east) implements Serializable {

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
