package nl.wijkfonds.voting.web;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wijkfonds.voting.RegisterImport;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Register imports running in the background, by a random id, so that the officials' page can show how far one is
 * (lines read, then stored) and then its outcome. Kept in memory for an hour: an import is short, and its outcome
 * is in the audit log and the register itself.
 */
@ApplicationScoped
public class RegisterImports {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** One import: the lines it has, how many were handled, and in time its outcome. */
    public static final class Job {

        private final long roundId;
        private final int lines;
        private final Instant started = Instant.now();
        private final AtomicInteger done = new AtomicInteger();
        private volatile Future<RegisterImport> outcome;

        Job(long roundId, int lines) {
            this.roundId = roundId;
            this.lines = lines;
        }

        void progress(int handled) {
            done.set(handled);
        }

        public long getRoundId() {
            return roundId;
        }

        /** The voter lines in the file (not counting the header). */
        public int getLines() {
            return lines;
        }

        public int getDone() {
            return Math.min(done.get(), lines);
        }

        public boolean isRunning() {
            return outcome == null || !outcome.isDone();
        }

        /** The outcome once done: the import, or empty when it failed for another reason (voting opened, say). */
        public Optional<RegisterImport> result() {
            try {
                return isRunning() ? Optional.empty() : Optional.of(outcome.get());
            } catch (ExecutionException failed) {
                return Optional.empty();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        /** What made the import fail, once it failed for a reason other than its lines. */
        public Optional<Throwable> failure() {
            try {
                if (!isRunning()) {
                    outcome.get();
                }
                return Optional.empty();
            } catch (ExecutionException failed) {
                return Optional.of(failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** Registers a new job; {@code start} begins the work and is handed the job to report progress to. */
    public String start(long roundId, byte[] content, java.util.function.Function<Job, Future<RegisterImport>> start) {
        jobs.values().removeIf(job -> job.started.plus(KEPT).isBefore(Instant.now()));
        Job job = new Job(roundId, lineCount(content));
        String id = HexFormat.of().formatHex(bytes());
        jobs.put(id, job);
        job.outcome = start.apply(job);
        return id;
    }

    public Optional<Job> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    private static int lineCount(byte[] content) {
        int lines = 0;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
            }
        }
        boolean unterminated = content.length > 0 && content[content.length - 1] != '\n';
        return Math.max(0, lines + (unterminated ? 1 : 0) - 1);
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
