package nl.wijkfonds.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A resident follows a plan: written by {@link DigestService} with one insert the primary key keeps single. */
@Entity
@Table(name = "plan_follow")
@IdClass(PlanFollow.Key.class)
public class PlanFollow {

    @Id
    @Column(name = "plan_id")
    private Long planId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected PlanFollow() {
    }

    /** The primary key: plan and account. */
    public record Key(Long planId, Long accountId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
