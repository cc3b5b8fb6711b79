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

import java.time.Instant;

/** Someone's report of a comment, with their reason: once per person and comment; handled by a moderator. */
@Entity
@Table(name = "comment_report")
public class CommentReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "comment_id")
    private PlanComment comment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reporter_id")
    private Account reporter;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected CommentReport() {
    }

    CommentReport(PlanComment comment, Account reporter, String reason, Instant now) {
        this.comment = comment;
        this.reporter = reporter;
        this.reason = reason.strip();
        this.reportedAt = now;
    }

    void handled(Instant now) {
        handledAt = now;
    }

    public PlanComment getComment() {
        return comment;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public boolean isHandled() {
        return handledAt != null;
    }
}
