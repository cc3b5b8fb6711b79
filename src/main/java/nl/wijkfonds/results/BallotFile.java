package nl.wijkfonds.results;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * The exact pabulib file one ballot (scope) of a round was counted from, kept so that auditors download the very
 * bytes whose SHA-256 the signed result names. Written once with the result; never changed.
 */
@Entity
@Table(name = "result_ballot_file")
@IdClass(BallotFile.Key.class)
@Cacheable(false)
public class BallotFile {

    @Id
    @Column(name = "round_id")
    private long roundId;

    @Id
    private int position;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String content;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected BallotFile() {
    }

    BallotFile(long roundId, int position, String fileName, String content, String sha256) {
        this.roundId = roundId;
        this.position = position;
        this.fileName = fileName;
        this.content = content;
        this.sha256 = sha256;
    }

    public int getPosition() {
        return position;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }

    /** The key of a ballot file: round and the scope's place among the round's ballots. */
    public static class Key implements Serializable {
        private long roundId;
        private int position;

        public Key() {
        }

        public Key(long roundId, int position) {
            this.roundId = roundId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.roundId == roundId && k.position == position;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(roundId) * 31 + position;
        }
    }
}
