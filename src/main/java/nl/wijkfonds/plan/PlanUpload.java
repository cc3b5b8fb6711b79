package nl.wijkfonds.plan;

import java.io.Serializable;

/**
 * An uploaded file after {@link FileInspection} accepted it: its real type, its content with metadata stripped, and
 * a thumbnail for images where one could be made. Only the inspection builds one, so a plan never holds a file that
 * was not checked.
 */
public final class PlanUpload implements Serializable {

    private final FileKind kind;
    private final String fileName;
    private final String contentType;
    private final byte[] content;
    private final byte[] thumbnail;

    PlanUpload(FileKind kind, String fileName, String contentType, byte[] content, byte[] thumbnail) {
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.thumbnail = thumbnail;
    }

    public FileKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }

    byte[] thumbnail() {
        return thumbnail;
    }

    public long size() {
        return content.length;
    }
}
