package nl.wijkfonds.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One state of a plan from its submission on, so that officials see how a public plan changed and who changed it. */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 254)
    private String savedBy;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String snapshot;

    protected PlanVersion() {
    }

    PlanVersion(Plan plan, int number, Instant savedAt, String savedBy, String action, String snapshot) {
        this.plan = plan;
        this.number = number;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.action = action;
        this.snapshot = snapshot;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public String getAction() {
        return action;
    }

    /** The plan's content at this version, as JSON. */
    public String getSnapshot() {
        return snapshot;
    }
}
