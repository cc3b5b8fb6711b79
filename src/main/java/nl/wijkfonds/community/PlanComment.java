package nl.wijkfonds.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.shared.DomainException;

import java.time.Instant;
import java.util.Objects;

/**
 * A resident's comment on a plan, or a reply to one (one level: a reply to a reply hangs under the same comment).
 * Its text never changes. A moderator may hide it, with a reason that stays visible in its place; hidden is final.
 */
@Entity
@Table(name = "plan_comment")
public class PlanComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private PlanComment parent;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "by_submitter", nullable = false)
    private boolean bySubmitter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @ManyToOne
    @JoinColumn(name = "hidden_by")
    private Account hiddenBy;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Version
    private long version;

    protected PlanComment() {
    }

    /** A comment by {@code author}; with a {@code parent}, a reply under the parent's thread. */
    PlanComment(Plan plan, Account author, PlanComment parent, String body, Instant now) {
        this.plan = Objects.requireNonNull(plan);
        this.author = Objects.requireNonNull(author);
        this.parent = parent == null ? null : parent.thread();
        this.body = body.strip();
        this.bySubmitter = plan.isSubmittedBy(author);
        this.createdAt = now;
    }

    /** The top-level comment this one belongs to (itself when it is one). */
    PlanComment thread() {
        return parent == null ? this : parent;
    }

    /** A moderator hides it; the reason shows in its place. */
    void hide(Account moderator, String reason, Instant now) {
        if (hiddenAt != null) {
            throw new DomainException("community.moderation.alreadyHidden");
        }
        hiddenAt = now;
        hiddenBy = moderator;
        hiddenReason = reason.strip();
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public Account getAuthor() {
        return author;
    }

    public PlanComment getParent() {
        return parent;
    }

    public String getBody() {
        return body;
    }

    public boolean isBySubmitter() {
        return bySubmitter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
