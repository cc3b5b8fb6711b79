package nl.wijkfonds.results;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.FourEyes;
import nl.wijkfonds.shared.DomainException;

import java.time.Instant;

/**
 * An official's override of the published outcome for one plan: drop a winner, or add a plan the engine did not
 * choose, always with a written reason. It is only a proposal until a second official — never the one who proposed
 * it — settles it: confirmed, it takes effect beside the signed result (which never changes) and is shown with its
 * reason on the results page; rejected, it stays on record with the note why and never takes effect. Created by
 * {@link PlanOutcome#propose}, the only place that knows whether the plan may be overridden that way.
 */
@Entity
@Table(name = "result_override")
@Cacheable(false)
public class ResultOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OverrideKind kind;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OverrideState state = OverrideState.PROPOSED;

    @Embedded
    private FourEyes fourEyes;

    @Column(name = "rejection_note", length = 1000)
    private String rejectionNote;

    @Version
    private long version;

    protected ResultOverride() {
    }

    ResultOverride(long roundId, long planId, OverrideKind kind, String reason, Account proposedBy, Instant now) {
        this.roundId = roundId;
        this.planId = planId;
        this.kind = kind;
        this.reason = reason.strip();
        this.fourEyes = new FourEyes(proposedBy, now);
    }

    /** The second official lets the override take effect. */
    void confirm(Account official, Instant now) {
        settle(OverrideState.CONFIRMED, official, now);
    }

    /** The second official keeps the engine's outcome, and says why. */
    void reject(Account official, String note, Instant now) {
        settle(OverrideState.REJECTED, official, now);
        rejectionNote = note.strip();
    }

    private void settle(OverrideState settled, Account official, Instant now) {
        if (state != OverrideState.PROPOSED) {
            throw new DomainException("results.override.nothingPending");
        }
        if (isProposedBy(official)) {
            throw new DomainException("results.override.ownProposal");
        }
        state = settled;
        fourEyes.settle(official, now);
    }

    public boolean isProposedBy(Account account) {
        return fourEyes.isProposedBy(account);
    }

    public boolean isPending() {
        return state == OverrideState.PROPOSED;
    }

    public boolean isConfirmed() {
        return state == OverrideState.CONFIRMED;
    }

    /** What the audit trail keeps: officials by their public id only. */
    Snapshot snapshot() {
        return new Snapshot(id, roundId, planId, kind, state, reason, fourEyes.proposerId(),
                fourEyes.settlerId(), rejectionNote);
    }

    public record Snapshot(Long id, long roundId, long planId, OverrideKind kind, OverrideState state, String reason,
                           String proposedBy, String settledBy, String rejectionNote) {
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getPlanId() {
        return planId;
    }

    public OverrideKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public OverrideState getState() {
        return state;
    }

    /** Who proposed and who settled the override, and when. */
    public FourEyes getFourEyes() {
        return fourEyes;
    }

    public String getRejectionNote() {
        return rejectionNote;
    }
}
