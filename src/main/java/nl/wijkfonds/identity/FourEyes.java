package nl.wijkfonds.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/**
 * The two officials of a four-eyes decision, embedded in every such decision (a plan's review, an override of a
 * result): who proposed it and when, and who settled it and when. The decision itself refuses a settlement by its
 * proposer, with a message of its own, before it calls {@link #settle}.
 */
@Embeddable
public class FourEyes {

    @ManyToOne(optional = false)
    @JoinColumn(name = "proposed_by")
    private Account proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @ManyToOne
    @JoinColumn(name = "settled_by")
    private Account settledBy;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected FourEyes() {
    }

    public FourEyes(Account proposedBy, Instant proposedAt) {
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** The second official settles the decision. */
    public void settle(Account official, Instant now) {
        settledBy = official;
        settledAt = now;
    }

    public boolean isProposedBy(Account account) {
        return proposedBy.getId().equals(account.getId());
    }

    public boolean isSettledBy(Account account) {
        return settledBy != null && settledBy.getId().equals(account.getId());
    }

    /** The proposer's public id, for the audit trail (never a name or e-mail). */
    public String proposerId() {
        return proposedBy.getPublicId();
    }

    /** The public id of whoever settled the decision, or null while it is pending. */
    public String settlerId() {
        return settledBy == null ? null : settledBy.getPublicId();
    }

    public Account getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Account getSettledBy() {
        return settledBy;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
