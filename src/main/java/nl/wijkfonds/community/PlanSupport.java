package nl.wijkfonds.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.plan.Plan;

import java.time.Instant;

/**
 * One resident's support for one plan. Written by {@link SupportService} with a single insert that the database's
 * unique key turns into a no-op for a second try, so concurrent clicks store one; read here.
 */
@Entity
@Table(name = "plan_support")
public class PlanSupport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account supporter;

    @Column(name = "supported_at", nullable = false)
    private Instant supportedAt;

    protected PlanSupport() {
    }

    public Plan getPlan() {
        return plan;
    }

    public Account getSupporter() {
        return supporter;
    }

    public Instant getSupportedAt() {
        return supportedAt;
    }
}
