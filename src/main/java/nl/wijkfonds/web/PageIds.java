package nl.wijkfonds.web;

import nl.wijkfonds.shared.NotFoundException;
import org.omnifaces.cdi.param.ParamValue;

/**
 * Ids from a page's address ({@code ?id=12}), typed by OmniFaces' {@code @Param}. An id that is there but is not a
 * number (or too large) names nothing, so the page answers 404 rather than treating it as missing.
 */
public final class PageIds {

    private PageIds() {
    }

    /** The id, or null when the address has none (e.g. a form for something new). */
    public static Long optional(ParamValue<Long> id) {
        if (id.getValue() == null && id.getSubmittedValue() != null && !id.getSubmittedValue().isBlank()) {
            throw new NotFoundException("page.notFound");
        }
        return id.getValue();
    }

    /** The id of a page that shows one thing: without it there is nothing to show. */
    public static long required(ParamValue<Long> id) {
        Long value = optional(id);
        if (value == null) {
            throw new NotFoundException("page.notFound");
        }
        return value;
    }
}
