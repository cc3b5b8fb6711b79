package nl.wijkfonds.results;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The photo with a progress note, as the plan upload inspection cleaned it, and its thumbnail. Kept apart from the
 * note so that reading a plan's history loads no pictures; never changed once stored.
 */
@Entity
@Table(name = "realisation_photo")
@Cacheable(false)
public class RealisationPhoto {

    @Id
    @Column(name = "update_id")
    private long updateId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] thumbnail;

    protected RealisationPhoto() {
    }

    RealisationPhoto(long updateId, byte[] content, byte[] thumbnail) {
        this.updateId = updateId;
        this.content = content;
        this.thumbnail = thumbnail;
    }

    byte[] getContent() {
        return content;
    }

    byte[] getThumbnail() {
        return thumbnail;
    }
}
