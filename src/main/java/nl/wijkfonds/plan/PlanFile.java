package nl.wijkfonds.plan;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An image or PDF of a plan, stored in the database in the same transaction as the plan itself, so that a refused
 * save leaves no file behind. Its content was checked and stripped of metadata before it got here.
 */
@Entity
@Table(name = "plan_file")
public class PlanFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FileKind kind;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] thumbnail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PlanFile() {
    }

    PlanFile(Plan plan, PlanUpload upload, int position, Instant now) {
        this.plan = plan;
        this.kind = upload.kind();
        this.position = position;
        this.fileName = upload.fileName();
        this.contentType = upload.contentType();
        this.sizeBytes = upload.content().length;
        this.content = upload.content();
        this.thumbnail = upload.thumbnail();
        this.createdAt = now;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public FileKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    /** A small JPEG for the gallery, or null when the image itself serves (WebP). */
    public byte[] getThumbnail() {
        return thumbnail;
    }
}
