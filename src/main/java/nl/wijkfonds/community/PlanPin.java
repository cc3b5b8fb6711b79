package nl.wijkfonds.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** Where a plan is on the map: a point its submitter placed inside the round's area; moved, never shared. */
@Entity
@Table(name = "plan_pin")
public class PlanPin {

    @Id
    @Column(name = "plan_id")
    private Long planId;

    @Column(nullable = false, precision = 8, scale = 6)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    protected PlanPin() {
    }

    PlanPin(long planId, PinDraft draft, Instant now) {
        this.planId = planId;
        move(draft, now);
    }

    void move(PinDraft draft, Instant now) {
        latitude = draft.latitude();
        longitude = draft.longitude();
        placedAt = now;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    /** What the audit trail keeps. */
    public record Snapshot(BigDecimal latitude, BigDecimal longitude) {
    }

    Snapshot snapshot() {
        return new Snapshot(latitude, longitude);
    }
}
