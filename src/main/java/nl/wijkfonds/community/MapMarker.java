package nl.wijkfonds.community;

import java.math.BigDecimal;

/** A plan on the gallery's map: where it is, its title and its page. */
public record MapMarker(long planId, String title, String slug, BigDecimal latitude, BigDecimal longitude) {
}
