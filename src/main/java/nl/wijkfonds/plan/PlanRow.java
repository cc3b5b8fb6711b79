package nl.wijkfonds.plan;

import nl.wijkfonds.shared.Money;

import java.time.Instant;

/** A plan as officials list and export it, contact details included. */
public record PlanRow(long id, String title, PlanStatus status, String theme, String neighbourhood, Money cost,
                      SubmitterRole submitterRole, String organisationName, String contactName, String contactEmail,
                      String contactPhone, String account, Instant submittedAt, Instant updatedAt) {

    public PlanRow(Long id, String title, PlanStatus status, String theme, String neighbourhood, Money cost,
                   SubmitterRole submitterRole, String organisationName, String contactName, String contactEmail,
                   String contactPhone, String account, Instant submittedAt, Instant updatedAt) {
        this(id.longValue(), title, status, theme, neighbourhood, cost, submitterRole,
                organisationName, contactName, contactEmail, contactPhone, account, submittedAt, updatedAt);
    }

    public String slug() {
        return Plan.slug(title);
    }
}
