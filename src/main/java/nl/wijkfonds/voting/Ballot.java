package nl.wijkfonds.voting;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.wijkfonds.allocation.BallotKind;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A cast ballot: what one voter chose on one scope's ballot of a round (their neighbourhood's or the district's).
 *
 * <p>A ballot is created once, in the same transaction that marks the voting code used, after every rule of the
 * round was checked ({@link BallotRules}); it never changes and is never deleted. It is secret by construction: its
 * id is random (so its place in the table tells nothing about when it came in), it carries no time, and no column
 * names the code, voter, account, session or address it came from. The voter keeps its receipt code, with which
 * anyone can find the ballot on the bulletin board and check it was counted. Whether it was entered from paper is
 * recorded only in the audit log, without the ballot. See docs/ballot-secrecy.md.
 */
@Entity
@Table(name = "ballot")
@Cacheable(false)
public class Ballot {

    @Id
    @Column(length = 32)
    private String id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    /** The neighbourhood whose ballot this is, or null for the district-wide ballot. */
    @Column(name = "neighbourhood_id")
    private Long neighbourhoodId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_kind", nullable = false)
    private BallotKind kind;

    @Column(nullable = false, length = 12)
    private String receipt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    private List<Choice> choices = new ArrayList<>();

    protected Ballot() {
    }

    /** A ballot of the given scope with choices that {@link BallotRules} accepted. */
    Ballot(long roundId, Long neighbourhoodId, BallotKind kind, List<Choice> choices) {
        this.id = HexFormat.of().formatHex(Randomness.bytes(16));
        this.roundId = roundId;
        this.neighbourhoodId = neighbourhoodId;
        this.kind = kind;
        this.receipt = CodeAlphabet.newReceipt();
        this.choices = new ArrayList<>(choices);
    }

    public String getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public BallotKind getKind() {
        return kind;
    }

    public String getReceipt() {
        return receipt;
    }

    public List<Choice> getChoices() {
        return List.copyOf(choices);
    }

    /** The ballot as the tally and the bulletin board read it. */
    public StoredBallot stored() {
        return new StoredBallot(receipt, roundId, neighbourhoodId, kind, List.copyOf(choices));
    }
}
