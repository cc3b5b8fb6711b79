package nl.wijkfonds.community;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.shared.DomainException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A round's support rules and where support stands. Support is open while the round takes plans, and for {@code
 * supportDaysAfter} days after submission closed (the moment the official moved the round on, not a planned date).
 * When it closes, plans below the threshold are marked and stay out of review; going back to the submission phase
 * opens it again. Changing the rules is possible until support closed: from then on they are what was applied.
 * Not in the shared cache: the scheduled closing on one instance must be seen by every other at once.
 */
@Cacheable(false)
@Entity
@Table(name = "community_settings")
public class CommunitySettings {

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @Column(name = "support_days_after", nullable = false)
    private int supportDaysAfter;

    @Column(name = "support_threshold")
    private Integer supportThreshold;

    @Column(name = "submission_closed_at")
    private Instant submissionClosedAt;

    @Column(name = "support_closed_at")
    private Instant supportClosedAt;

    @Column(name = "area_south", precision = 8, scale = 6)
    private BigDecimal areaSouth;

    @Column(name = "area_west", precision = 9, scale = 6)
    private BigDecimal areaWest;

    @Column(name = "area_north", precision = 8, scale = 6)
    private BigDecimal areaNorth;

    @Column(name = "area_east", precision = 9, scale = 6)
    private BigDecimal areaEast;

    @Version
    private long version;

    protected CommunitySettings() {
    }

    /** The settings of a round that had none: no threshold, support closes with submission. */
    public CommunitySettings(Round round) {
        this.round = round;
        this.roundId = round.getId();
        apply(SupportRules.none());
    }

    /** Changes the rules; refused once support closed, since the threshold was applied with the old ones. */
    public void revise(SupportRules rules) {
        if (supportClosedAt != null) {
            throw new DomainException("community.rules.fixed");
        }
        apply(rules);
    }

    private void apply(SupportRules rules) {
        supportDaysAfter = rules.supportDaysAfter();
        supportThreshold = rules.supportThreshold();
    }

    /** The round stopped taking plans at {@code now}: support runs on for the days set. */
    void submissionClosed(Instant now) {
        submissionClosedAt = now;
    }

    /** The round takes plans again: support is open again and nothing was applied. */
    void submissionReopened() {
        submissionClosedAt = null;
        supportClosedAt = null;
    }

    /** Whether residents may support (or take back support) now. */
    public boolean isSupportOpen(Instant now) {
        Phase phase = round.getPhase();
        if (phase == Phase.SUBMISSION) {
            return true;
        }
        return phase == Phase.REVIEW && supportClosedAt == null && submissionClosedAt != null
                && now.isBefore(supportClosesAt());
    }

    /** When support closes after submission closed; null while submission is open. */
    public Instant supportClosesAt() {
        return submissionClosedAt == null ? null : submissionClosedAt.plus(Duration.ofDays(supportDaysAfter));
    }

    /** Whether support has run out and the threshold still has to be applied. */
    boolean isClosingDue(Instant now) {
        return supportClosedAt == null && submissionClosedAt != null && !now.isBefore(supportClosesAt());
    }

    void supportClosed(Instant now) {
        supportClosedAt = now;
    }

    /** Where the round's plans may be placed on the map: from now on, this area. */
    public void placeIn(Area area) {
        areaSouth = area.south();
        areaWest = area.west();
        areaNorth = area.north();
        areaEast = area.east();
    }

    /** The round's area, when set. */
    public Optional<Area> area() {
        return areaSouth == null ? Optional.empty() : Optional.of(new Area(areaSouth, areaWest, areaNorth, areaEast));
    }

    public Round getRound() {
        return round;
    }

    public int getSupportDaysAfter() {
        return supportDaysAfter;
    }

    public Integer getSupportThreshold() {
        return supportThreshold;
    }

    public Instant getSubmissionClosedAt() {
        return submissionClosedAt;
    }

    public Instant getSupportClosedAt() {
        return supportClosedAt;
    }

    public SupportRules rules() {
        return new SupportRules(supportDaysAfter, supportThreshold);
    }

    /** What the audit trail keeps of the settings. */
    public record Snapshot(int supportDaysAfter, Integer supportThreshold, Instant submissionClosedAt,
                           Instant supportClosedAt) {
    }

    public Snapshot snapshot() {
        return new Snapshot(supportDaysAfter, supportThreshold, submissionClosedAt, supportClosedAt);
    }
}
