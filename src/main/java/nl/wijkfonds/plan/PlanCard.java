package nl.wijkfonds.plan;

import nl.wijkfonds.shared.Money;

/** A plan as the public gallery lists it: no more than a card needs. */
public record PlanCard(long id, String title, String summary, String theme, String neighbourhood, Money cost,
                       PlanStatus status, Long imageId) {

    /** For the gallery query; the image is added afterwards. */
    public PlanCard(Long id, String title, String summary, String theme, String neighbourhood, Money cost,
                    PlanStatus status) {
        this(id, title, summary, theme, neighbourhood, cost, status, null);
    }

    PlanCard withImage(Long imageId) {
        return new PlanCard(id, title, summary, theme, neighbourhood, cost, status, imageId);
    }

    public String slug() {
        return Plan.slug(title);
    }
}
