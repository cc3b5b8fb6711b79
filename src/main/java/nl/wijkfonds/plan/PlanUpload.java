package nl.wijkfonds.plan;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file after {@link FileInspection} accepted it: its real type, and where its cleaned content waits on
 * disk (metadata stripped) until the plan is saved, with a small thumbnail for images. Only the inspection builds
 * one, so a plan never holds a file that was not checked; the page that shows it holds no more than these few
 * fields, whatever the file's size.
 */
public final class PlanUpload implements Serializable {

    private final FileKind kind;
    private final String fileName;
    private final String contentType;
    private final String contentFile;
    private final long size;
    private final byte[] thumbnail;

    PlanUpload(FileKind kind, String fileName, String contentType, Path content, byte[] thumbnail) {
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.contentFile = content.toString();
        this.thumbnail = thumbnail;
        try {
            this.size = Files.size(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * The cleaned content, read when the plan is saved (one file of at most 10 MB at a time) — or a progress note
     * with its photo, which reuses this inspection (results).
     */
    public byte[] content() {
        try {
            return Files.readAllBytes(file());
        } catch (IOException e) {
            throw new UncheckedIOException("an upload's file is gone: " + contentFile, e);
        }
    }

    Path file() {
        return Path.of(contentFile);
    }

    /** A small JPEG of a picture; null for a PDF. */
    public byte[] thumbnail() {
        return thumbnail;
    }

    public long size() {
        return size;
    }
}
