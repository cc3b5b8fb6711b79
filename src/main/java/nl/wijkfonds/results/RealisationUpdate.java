package nl.wijkfonds.results;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.wijkfonds.identity.Account;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated note on how far a winning plan has come (planned, in progress, done), written by an official after the
 * result was published and read by everyone on the plan's page. Never changed once written: a correction is a newer
 * note, so the history residents follow is the history that happened. Created by {@link PlanOutcome#report}, which
 * knows whether the plan won.
 */
@Entity
@Table(name = "realisation_update")
@Cacheable(false)
public class RealisationUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Progress progress;

    @Column(name = "noted_on", nullable = false, updatable = false)
    private LocalDate notedOn;

    @Column(nullable = false, length = 2000, updatable = false)
    private String report;

    @ManyToOne(optional = false)
    @JoinColumn(name = "written_by", updatable = false)
    private Account writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    /** The photo's content type when a photo goes with the note (see {@link RealisationPhoto}), else null. */
    @Column(name = "photo_type", length = 40, updatable = false)
    private String photoType;

    protected RealisationUpdate() {
    }

    RealisationUpdate(long roundId, long planId, ProgressReport report, String photoType, Account writtenBy,
                      Instant now) {
        this.roundId = roundId;
        this.planId = planId;
        this.progress = report.progress();
        this.notedOn = report.notedOn();
        this.report = report.report().strip();
        this.writtenBy = writtenBy;
        this.writtenAt = now;
        this.photoType = photoType;
    }

    /** What the audit trail keeps: the official by their public id only. */
    Snapshot snapshot() {
        return new Snapshot(id, roundId, planId, progress, notedOn, report, photoType != null,
                writtenBy.getPublicId());
    }

    public record Snapshot(Long id, long roundId, long planId, Progress progress, LocalDate notedOn, String report,
                           boolean photo, String writtenBy) {
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public Progress getProgress() {
        return progress;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public String getReport() {
        return report;
    }

    public boolean isWithPhoto() {
        return photoType != null;
    }

    String getPhotoType() {
        return photoType;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
