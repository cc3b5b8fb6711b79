package nl.wijkfonds.plan;

/** What a visitor asked the gallery for: filters (null for all), search text, order and page (from 1). */
public record GalleryQuery(Long themeId, Long neighbourhoodId, PlanStatus status, String text, Order order,
                           int page) {

    public static final int PAGE_SIZE = 12;

    /** The orders the gallery offers. */
    public enum Order {
        NEWEST("p.submittedAt desc, p.id desc"),
        OLDEST("p.submittedAt asc, p.id asc"),
        TITLE("p.title asc, p.id asc"),
        COST_LOW("p.costCents asc, p.id asc"),
        COST_HIGH("p.costCents desc, p.id desc");

        final String jpql;

        Order(String jpql) {
            this.jpql = jpql;
        }

        public String messageKey() {
            return "plan.order." + name().toLowerCase(java.util.Locale.ROOT);
        }
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
