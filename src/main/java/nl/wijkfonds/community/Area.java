package nl.wijkfonds.community;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Where a round's plans may be placed: a bounding box in WGS 84 degrees (south, west, north, east), as officials
 * can type it and the map can show it. A box rather than a polygon: it is what the district's map services give,
 * and pins just outside a stadsdeel's border are still on the district's side of any question.
 */
public record Area(BigDecimal south, BigDecimal west, BigDecimal north, BigDecimal east) implements Serializable {

    /** Amsterdam-West (Bos en Lommer, De Baarsjes, Oud-West, Westerpark), for the demo round. */
    public static final Area AMSTERDAM_WEST = new Area(new BigDecimal("52.355000"), new BigDecimal("4.795000"),
            new BigDecimal("52.395000"), new BigDecimal("4.890000"));

    public Area {
        if (south.compareTo(north) >= 0 || west.compareTo(east) >= 0) {
            throw new IllegalArgumentException("an area runs from south to north and from west to east");
        }
    }

    public boolean contains(BigDecimal latitude, BigDecimal longitude) {
        return latitude.compareTo(south) >= 0 && latitude.compareTo(north) <= 0
                && longitude.compareTo(west) >= 0 && longitude.compareTo(east) <= 0;
    }

    public BigDecimal centreLatitude() {
        return south.add(north).divide(BigDecimal.valueOf(2));
    }

    public BigDecimal centreLongitude() {
        return west.add(east).divide(BigDecimal.valueOf(2));
    }
}
