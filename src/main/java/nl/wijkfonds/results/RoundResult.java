package nl.wijkfonds.results;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkfonds.shared.DomainException;

import java.time.Instant;

/**
 * The count of a round's ballots. An official starts it once voting has closed: the row is written
 * {@link ResultState#COUNTING}, the engine counts every ballot (scope), and the result document is stored with its
 * SHA-256 and the platform's signature, {@link ResultState#COUNTED}. From then on it never changes: an override of
 * the outcome is kept beside it, never in it. A count that failed (or was cut off by a restart of the platform) may
 * be started again; a counted round may not.
 */
@Entity
@Table(name = "round_result")
@Cacheable(false)
public class RoundResult {

    @Id
    @Column(name = "round_id")
    private long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResultState state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 500)
    private String failure;

    @Lob
    @Column(columnDefinition = "LONGTEXT")
    private String document;

    @Column(name = "document_sha256", length = 64)
    private String documentSha256;

    @Column(length = 200)
    private String signature;

    @Version
    private long version;

    protected RoundResult() {
    }

    RoundResult(long roundId, Instant now) {
        this.roundId = roundId;
        this.state = ResultState.COUNTING;
        this.startedAt = now;
    }

    /** Starts the count again after a failure or a count that no longer runs. */
    void restart(Instant now, boolean stillRunning) {
        if (state == ResultState.COUNTED) {
            throw new DomainException("results.tally.alreadyCounted");
        }
        if (state == ResultState.COUNTING && stillRunning) {
            throw new DomainException("results.tally.running");
        }
        state = ResultState.COUNTING;
        startedAt = now;
        finishedAt = null;
        failure = null;
    }

    void counted(String json, String sha256, String signed, Instant now) {
        state = ResultState.COUNTED;
        document = json;
        documentSha256 = sha256;
        signature = signed;
        finishedAt = now;
    }

    void failed(String why, Instant now) {
        state = ResultState.FAILED;
        failure = why.length() > 500 ? why.substring(0, 500) : why;
        finishedAt = now;
    }

    public long getRoundId() {
        return roundId;
    }

    public ResultState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getFailure() {
        return failure;
    }

    /** The result document (JSON) exactly as signed, or null before the count finished. */
    public String getDocument() {
        return document;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    /** The platform's Ed25519 signature over the document's UTF-8 bytes, in base64. */
    public String getSignature() {
        return signature;
    }

    public boolean isCounted() {
        return state == ResultState.COUNTED;
    }
}
