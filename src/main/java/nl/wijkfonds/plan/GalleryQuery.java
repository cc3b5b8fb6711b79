package nl.wijkfonds.plan;

import java.util.Arrays;
import java.util.List;

/** What a visitor asked the gallery for: filters (null for all), search text, order and page (from 1). */
public record GalleryQuery(Long themeId, Long neighbourhoodId, PlanStatus status, String text, Order order,
                           int page) {

    public static final int PAGE_SIZE = 12;

    /** The orders the gallery offers. */
    public enum Order {
        NEWEST("p.submittedAt desc, p.id desc"),
        OLDEST("p.submittedAt asc, p.id asc"),
        TITLE("p.title asc, p.id asc"),
        COST_LOW("p.cost asc, p.id asc"),
        COST_HIGH("p.cost desc, p.id desc");

        final String jpql;

        Order(String jpql) {
            this.jpql = jpql;
        }

        public String messageKey() {
            return "plan.order." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The search text's words: a plan matches when each of them occurs, in any order. */
    public List<String> words() {
        return text == null ? List.of() : Arrays.stream(text.split("\\s+")).distinct().limit(10).toList();
    }

    public GalleryQuery {
        order = order == null ? Order.NEWEST : order;
        page = Math.max(1, page);
        text = text == null || text.isBlank() ? null : text.strip();
        if (status != null && !status.isPublic()) {
            status = null;
        }
    }
}
