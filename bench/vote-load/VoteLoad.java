import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Casts ballots over HTTP against a running platform and, in the same run, measures the raw rate of durable
 * single-row inserts into the same MariaDB with 8 clients; prints both and their ratio. Last, it sends the platform's
 * own cast statements straight to MariaDB from as many clients: the database's ceiling for casts on this machine.
 *
 * <p>It prepares its own voters: for the newest round in the voting phase (or, with {@code prepare}, the newest
 * round, which it gives eligible plans and moves to voting in the database) it registers {@code count} bench voters
 * with codes stored the way the platform stores them (HMAC-SHA256 under the key in WIJKFONDS_KEY_DIR), then casts
 * one vote per code from {@code clients} threads, bounded by count and by {@code seconds}. Afterwards the number of
 * new ballots must equal the number of 201 answers.
 *
 * <p>Usage: java -cp mariadb-java-client.jar VoteLoad.java BASE_URL DB_URL KEY_DIR [count] [seconds] [clients] [prepare]
 */
public class VoteLoad {

    private static final String SYMBOLS = "34679ACDEFGHJKMNPRTVWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String dbUrl = args[1];
        Path keyFile = Path.of(args[2], "voting-codes.key");
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        int clients = args.length > 5 ? Integer.parseInt(args[5]) : 16;
        boolean prepare = args.length > 6 && args[6].equals("prepare");
        String user = System.getenv().getOrDefault("WIJKFONDS_DB_USER", "root");
        String password = System.getenv().getOrDefault("WIJKFONDS_DB_PASSWORD", "");

        try (Connection db = DriverManager.getConnection(dbUrl, user, password)) {
            long round = prepare ? prepare(db) : single(db, "select id from budget_round where phase = 'VOTING'"
                    + " order by id desc limit 1");
            String kind = text(db, "select voting_method from budget_round where id = " + round);
            List<String[]> votes = register(db, round, count,
                    Base64.getDecoder().decode(Files.readString(keyFile).strip()));
            long before = single(db, "select count(*) from ballot where round_id = " + round);
            System.out.printf("round %d (%s): %d bench voters, casting with %d clients for at most %d s%n",
                    round, kind, votes.size(), clients, seconds);

            Result cast = cast(base, round, kind, votes, clients, seconds);
            long stored = single(db, "select count(*) from ballot where round_id = " + round) - before;
            double ballotsPerSecond = cast.created / cast.seconds;
            System.out.printf("ballots: %d created in %.1f s = %.0f ballots/s; p50 %.1f ms, p99 %.1f ms;"
                            + " errors %d %s%n", cast.created, cast.seconds, ballotsPerSecond, cast.p50, cast.p99,
                    cast.errors, cast.statuses);
            System.out.printf("ballots in the database: %d new, 201 answers: %d -> %s%n", stored, cast.created,
                    stored == cast.created ? "equal" : "NOT EQUAL");

            double inserts = rawInserts(dbUrl, user, password, 8, 10);
            System.out.printf("raw durable single-row inserts, 8 clients: %.0f/s (innodb_flush_log_at_trx_commit=%s)%n",
                    inserts, text(db, "select @@innodb_flush_log_at_trx_commit"));
            System.out.printf("ratio ballots/s : inserts/s = %.3f (target: >= 2000 ballots/s, p99 < 100 ms)%n",
                    ballotsPerSecond / inserts);

            byte[] key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
            double direct = directCasts(dbUrl, user, password, round, kind, register(db, round, 40_000, key), key,
                    clients, 10);
            System.out.printf("the platform's two cast statements straight into MariaDB, %d clients: %.0f casts/s"
                    + " (the database's ceiling, with no platform on the cores)%n", clients, direct);
        }
    }

    /** Gives the newest round two cheap eligible plans per neighbourhood and opens its vote in the database. */
    private static long prepare(Connection db) throws SQLException {
        long round = single(db, "select id from budget_round order by round_year desc, id desc limit 1");
        long submitter = single(db, "select id from account order by id limit 1");
        long theme = single(db, "select id from theme where round_id = " + round + " order by position limit 1");
        try (Statement statement = db.createStatement();
             ResultSet parts = statement.executeQuery("select id from neighbourhood where round_id = " + round)) {
            List<Long> neighbourhoods = new ArrayList<>();
            while (parts.next()) {
                neighbourhoods.add(parts.getLong(1));
            }
            for (long neighbourhood : neighbourhoods) {
                for (int i = 1; i <= 2; i++) {
                    db.createStatement().executeUpdate("insert into plan (round_id, submitter_id, status, title,"
                            + " summary, theme_id, neighbourhood_id, cost_cents, created_at, updated_at, submitted_at)"
                            + " values (" + round + ", " + submitter + ", 'ELIGIBLE', 'Bench plan " + neighbourhood
                            + "-" + i + "', 'Voor de meting.', " + theme + ", " + neighbourhood + ", 100000,"
                            + " now(3), now(3), now(3))");
                }
            }
        }
        db.createStatement().executeUpdate("update budget_round set phase = 'VOTING' where id = " + round);
        return round;
    }

    /**
     * Registers bench voters with fresh codes; returns per voter its code, postcode, first plan on its ballot and
     * neighbourhood.
     */
    private static List<String[]> register(Connection db, long round, int count, byte[] key) throws Exception {
        List<long[]> targets = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("select n.id,"
                + " substring(n.postcode_ranges, 1, 4), min(p.id) from neighbourhood n join plan p on"
                + " p.neighbourhood_id = n.id and p.status = 'ELIGIBLE' where n.round_id = " + round
                + " group by n.id, n.postcode_ranges")) {
            while (rows.next()) {
                targets.add(new long[]{rows.getLong(1), Long.parseLong(rows.getString(2)), rows.getLong(3)});
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException("round " + round + " has no eligible plans in a neighbourhood");
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String[]> votes = new ArrayList<>();
        db.setAutoCommit(false);
        try (PreparedStatement voter = db.prepareStatement("insert into voter (round_id, reference, postcode,"
                + " house_number, birth_year, neighbourhood_id) values (?, ?, ?, ?, 1980, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement code = db.prepareStatement("insert into voting_code (code_hash, round_id, voter_id)"
                     + " values (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                long[] target = targets.get(i % targets.size());
                String postcode = target[1] + "AB";
                voter.setLong(1, round);
                voter.setString(2, "bench-" + run + "-" + i);
                voter.setString(3, postcode);
                voter.setString(4, String.valueOf(i + 1));
                voter.setLong(5, target[0]);
                voter.executeUpdate();
                long voterId;
                try (ResultSet id = voter.getGeneratedKeys()) {
                    id.next();
                    voterId = id.getLong(1);
                }
                String plain = newCode();
                code.setString(1, HexFormat.of().formatHex(mac.doFinal((round + ":" + plain)
                        .getBytes(StandardCharsets.UTF_8))));
                code.setLong(2, round);
                code.setLong(3, voterId);
                code.addBatch();
                votes.add(new String[]{plain, postcode, String.valueOf(target[2]), String.valueOf(target[0])});
            }
            code.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return votes;
    }

    private record Result(int created, int errors, double seconds, double p50, double p99, String statuses) {
    }

    private static Result cast(String base, long round, String kind, List<String[]> votes, int clients, int seconds)
            throws InterruptedException {
        URI uri = URI.create(base + "api/rounds/" + round + "/ballots");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong last = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads.submit(() -> {
                HttpConnection http = new HttpConnection(uri);
                int i;
                while ((i = next.getAndIncrement()) < votes.size() && System.nanoTime() < end) {
                    String[] vote = votes.get(i);
                    String choice = switch (kind) {
                        case "CUMULATIVE" -> "{\"plan\":" + vote[2] + ",\"points\":1}";
                        case "RANKING" -> "{\"plan\":" + vote[2] + ",\"rank\":1}";
                        default -> "{\"plan\":" + vote[2] + "}";
                    };
                    String json = "{\"code\":\"" + vote[0] + "\",\"postcode\":\"" + vote[1] + "\",\"choices\":["
                            + choice + "]}";
                    long t0 = System.nanoTime();
                    try {
                        int status = http.post(json);
                        latencies.add(System.nanoTime() - t0);
                        if (status == 201) {
                            created.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            statuses.add(status);
                        }
                    } catch (IOException failed) {
                        http.close();
                        errors.incrementAndGet();
                        statuses.add(-1);
                    }
                    last.accumulateAndGet(System.nanoTime(), Math::max);
                }
                http.close();
                return null;
            });
        }
        threads.shutdown();
        threads.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (last.get() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(created.get(), errors.get(), elapsed, percentile(sorted, 50), percentile(sorted, 99),
                statuses.isEmpty() ? "" : "(statuses " + statuses.stream().distinct().toList() + ")");
    }

    /**
     * One kept-alive HTTP/1.1 connection that posts JSON and reads the answer's status and body. Plain sockets, not
     * java.net.http: on a 2-core machine that client took as much CPU per request as the platform itself, which
     * measured the client more than the platform. It reconnects when the server closed the connection.
     */
    private static final class HttpConnection {

        private final URI uri;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        HttpConnection(URI uri) {
            this.uri = uri;
        }

        int post(String json) throws IOException {
            if (socket == null) {
                socket = new Socket(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream());
                out = socket.getOutputStream();
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getAuthority()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, header.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    in.skipNBytes(size);
                    line();
                }
                line();
            } else if (length > 0) {
                in.skipNBytes(length);
            }
            if (close) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing a connection that failed already
            }
            socket = null;
        }
    }

    /**
     * What the platform sends to cast a vote (the standing query and the cast procedure, as BallotStore sends them),
     * from several plain JDBC clients for a few seconds: how many casts the database carries when it has the cores to
     * itself, bar a thin client.
     */
    private static double directCasts(String url, String user, String password, long round, String kind,
                                      List<String[]> votes, byte[] key, int clients, int seconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return perSecond(clients, seconds, end -> {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            long casts = 0;
            try (Connection db = DriverManager.getConnection(url, user, password);
                 PreparedStatement standing = db.prepareStatement("select r.phase, r.voting_method, v.postcode,"
                         + " v.neighbourhood_id, c.used, (select max(blocked_until) from throttle where"
                         + " throttle_key in (?, ?)) from budget_round r left join (voting_code c join voter v"
                         + " on v.id = c.voter_id) on c.round_id = r.id and c.code_hash = ? where r.id = ?");
                 PreparedStatement cast = db.prepareStatement("call cast_ballot(?, ?, ?)")) {
                for (int i = next.getAndIncrement(); i < votes.size() && System.nanoTime() < end;
                     i = next.getAndIncrement()) {
                    String[] vote = votes.get(i);
                    String hash = HexFormat.of().formatHex(mac.doFinal((round + ":" + vote[0])
                            .getBytes(StandardCharsets.UTF_8)));
                    standing.setString(1, HexFormat.of().formatHex(bytes(32)));
                    standing.setString(2, HexFormat.of().formatHex(bytes(32)));
                    standing.setString(3, hash);
                    standing.setLong(4, round);
                    try (ResultSet row = standing.executeQuery()) {
                        row.next();
                    }
                    cast.setLong(1, round);
                    cast.setString(2, hash);
                    cast.setString(3, "[{\"id\": \"" + HexFormat.of().formatHex(bytes(16)) + "\", \"kind\": \""
                            + kind + "\", \"receipt\": \"" + newCode() + "AA\", \"neighbourhood\": " + vote[3]
                            + ", \"choices\": [{\"plan\": " + vote[2] + "}]}]");
                    cast.execute();
                    casts++;
                }
            }
            return casts;
        });
    }

    /** Single-row inserts, each its own committed transaction, from several clients for a few seconds. */
    private static double rawInserts(String url, String user, String password, int clients, int seconds)
            throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.createStatement().executeUpdate("create table if not exists bench_insert (id bigint auto_increment"
                    + " primary key, payload char(32) not null) engine = InnoDB");
        }
        double rate = perSecond(clients, seconds, end -> {
            long rows = 0;
            try (Connection db = DriverManager.getConnection(url, user, password);
                 PreparedStatement insert = db.prepareStatement("insert into bench_insert (payload) values (?)")) {
                db.setAutoCommit(true);
                while (System.nanoTime() < end) {
                    insert.setString(1, HexFormat.of().formatHex(bytes(16)));
                    insert.executeUpdate();
                    rows++;
                }
            }
            return rows;
        });
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.createStatement().executeUpdate("drop table bench_insert");
        }
        return rate;
    }

    /** One client's work until the given {@link System#nanoTime()}: how many operations it did. */
    private interface Client {
        long run(long end) throws Exception;
    }

    /**
     * Runs the client from several threads for the given seconds; operations per second over all of them. A client
     * that fails fails the run, rather than lowering the figure.
     */
    private static double perSecond(int clients, int seconds, Client client) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            counts.add(threads.submit(() -> client.run(end)));
        }
        threads.shutdown();
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int value = RANDOM.nextInt(SYMBOLS.length());
            code.append(SYMBOLS.charAt(value));
            sum = (sum + (i + 1) * value) % SYMBOLS.length();
        }
        return code.append(SYMBOLS.charAt(sum)).toString();
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static long single(Connection db, String sql) throws SQLException {
        return Long.parseLong(text(db, sql));
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("nothing found: " + sql);
            }
            return row.getString(1);
        }
    }
}
