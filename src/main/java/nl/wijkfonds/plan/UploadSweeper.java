package nl.wijkfonds.plan;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Deletes uploads nobody saved: a session's files go when it ends ({@link PendingUploads}), but a server that
 * stopped abruptly leaves them behind. Every hour, files older than the longest session are deleted.
 */
@Singleton
public class UploadSweeper {

    /** Longer than a session can live (WIJKFONDS_SESSION_MAX_HOURS, 12 by default). */
    static final Duration ABANDONED_AFTER = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(UploadSweeper.class.getName());

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void sweep() {
        if (!Files.isDirectory(PendingUploads.DIRECTORY)) {
            return;
        }
        Instant before = Instant.now().minus(ABANDONED_AFTER);
        try (Stream<Path> files = Files.list(PendingUploads.DIRECTORY)) {
            files.filter(file -> modified(file).isBefore(before)).forEach(UploadSweeper::delete);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not sweep abandoned uploads", e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return Instant.MAX;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete an abandoned upload", e);
        }
    }
}
