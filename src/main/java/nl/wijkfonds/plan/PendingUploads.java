package nl.wijkfonds.plan;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import nl.wijkfonds.shared.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files one person uploaded and has not saved with a plan yet, in their session. An upload streams to a
 * temporary file (never whole into memory), is checked and cleaned there, and waits on disk until the plan is saved
 * or the file removed. Per session at most {@link #MAX_FILES} files and {@link #MAX_BYTES} wait at a time; when the
 * session ends its files are deleted, and {@link UploadSweeper} deletes whatever a crash left behind.
 */
@SessionScoped
public class PendingUploads implements Serializable {

    /** Enough for a plan's five pictures and three PDFs, twice. */
    public static final int MAX_FILES = 16;
    public static final long MAX_BYTES = 2 * (5 * FileKind.IMAGE.maxBytes() + 3 * FileKind.PDF.maxBytes());

    static final Path DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"), "wijkfonds-uploads");

    /** Waiting files (path → size). */
    private final Map<String, Long> waiting = new LinkedHashMap<>();
    /** Uploads of this session being received and checked now: they count towards the limit too. */
    private int receiving;

    /**
     * Receives one uploaded file: copies at most one byte more than the largest file allowed to disk, checks and
     * cleans it, and keeps the result until the plan is saved.
     *
     * @throws DomainException when the session holds too much already, or the file is refused
     */
    public PlanUpload receive(String fileName, InputStream content) {
        synchronized (this) {
            if (waiting.size() + receiving >= MAX_FILES || waitingBytes() >= MAX_BYTES) {
                throw new DomainException("plan.files.tooManyWaiting", "files", MAX_FILES);
            }
            receiving++;
        }
        Path received = newFile();
        try {
            long copied = copyAtMost(content, received, FileKind.PDF.maxBytes() + 1);
            if (copied > FileKind.PDF.maxBytes()) {
                throw new DomainException("plan.file.tooLarge." + FileKind.PDF.name().toLowerCase(Locale.ROOT),
                        "files", FileInspection.safeName(fileName), FileKind.PDF.maxMegabytes());
            }
            PlanUpload upload = FileInspection.inspect(fileName, received);
            synchronized (this) {
                waiting.put(upload.file().toString(), upload.size());
            }
            return upload;
        } finally {
            delete(received);
            synchronized (this) {
                receiving--;
            }
        }
    }

    /** Forgets an upload that was removed from the plan, or saved with it: its file is deleted. */
    public void discard(PlanUpload upload) {
        synchronized (this) {
            waiting.remove(upload.file().toString());
        }
        delete(upload.file());
    }

    @PreDestroy
    void sessionEnded() {
        synchronized (this) {
            waiting.keySet().forEach(file -> delete(Path.of(file)));
            waiting.clear();
        }
    }

    private long waitingBytes() {
        return waiting.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A new empty temporary file in the uploads directory (readable by this process only). */
    static Path newFile() {
        try {
            Files.createDirectories(DIRECTORY);
            return Files.createTempFile(DIRECTORY, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long copyAtMost(InputStream in, Path target, long limit) {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while (copied < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied))) > 0) {
                out.write(buffer, 0, read);
                copied += read;
            }
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The sweeper deletes it later.
        }
    }
}
