import nl.wijkfonds.testing.DemoAccounts;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The tally end to end on a running platform with the demo round: 200 eligible plans (50 per neighbourhood, made
 * through the plan form), 100,000 generated approval ballots written into MariaDB, voting closed on the rounds page,
 * then the official starts the count on the results page as in the browser. Prints the seconds the platform took
 * from the start of the count to the signed result stored (the round_result row's own times), and the time until
 * the bench saw it. Usage: see run.sh.
 */
public final class TallyBench {

    private static final int PLANS = 200;
    private static final int BALLOTS = 100_000;
    private static final String[] NEIGHBOURHOODS = {"Bos en Lommer", "De Baarsjes", "Oud-West", "Westerpark"};

    public static void main(String[] args) throws Exception {
        URL base = new URL(args[0]);
        FacesClient resident = new FacesClient(base);
        resident.signIn(DemoAccounts.RESIDENT, DemoAccounts.PASSWORD);
        FacesClient official = new FacesClient(base);
        official.signIn(DemoAccounts.OFFICIAL, DemoAccounts.PASSWORD);
        try (Connection db = DriverManager.getConnection(System.getenv("WIJKFONDS_DB_URL"),
                System.getenv("WIJKFONDS_DB_USER"), System.getenv("WIJKFONDS_DB_PASSWORD"))) {
            long round = single(db, "select id from budget_round where name = 'Wijkfonds West 2027'");
            String theme = String.valueOf(single(db, "select id from theme where name = 'Samen in de buurt'"));
            Map<String, List<Long>> plans = new LinkedHashMap<>();
            SplittableRandom random = new SplittableRandom(2027);
            System.out.println("making " + PLANS + " plans through the plan form ...");
            for (int i = 0; i < PLANS; i++) {
                String neighbourhood = NEIGHBOURHOODS[i % NEIGHBOURHOODS.length];
                String title = "Bench plan " + (i + 1);
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("title", title);
                fields.put("summary", "Een plan om het tellen te meten.");
                fields.put("description", "Gemaakt door de tally bench.");
                fields.put("theme", theme);
                fields.put("neighbourhood", String.valueOf(single(db, "select id from neighbourhood where name = '"
                        + neighbourhood + "' and round_id = " + round)));
                fields.put("location", "In de buurt");
                fields.put("submitterRole", "RESIDENT");
                fields.put("contactName", "Bench");
                fields.put("contactEmail", "bench@example.nl");
                fields.put("costRows:0:costItem", "Werk");
                fields.put("costRows:0:costAmount", String.valueOf(1_000 + random.nextInt(30_000)));
                Page submitted = resident.submit(resident.get("account/plan"), "plan", "submit", fields);
                if (submitted.status() != 302) {
                    throw new IllegalStateException("plan form refused:\n" + submitted.body());
                }
                plans.computeIfAbsent(neighbourhood, n -> new ArrayList<>())
                        .add(single(db, "select id from plan where title = '" + title + "'"));
            }
            try (Statement s = db.createStatement()) {
                s.execute("update plan set status = 'ELIGIBLE' where title like 'Bench plan %'");
            }
            System.out.println("moving the round to voting ...");
            moveTo(official, db, round, "VOTING");
            System.out.println("writing " + BALLOTS + " ballots ...");
            writeBallots(db, round, plans, random);
            moveTo(official, db, round, "TALLYING");

            Page page = official.get("official/results?round=" + round);
            Instant asked = Instant.now();
            Page started = official.submit(page, "count", "start", Map.of());
            if (started.status() != 302) {
                throw new IllegalStateException("the count did not start:\n" + started.body());
            }
            while (!"COUNTED".equals(text(db, "select state from round_result where round_id = " + round))) {
                if ("FAILED".equals(text(db, "select state from round_result where round_id = " + round))) {
                    throw new IllegalStateException("count failed: "
                            + text(db, "select failure from round_result where round_id = " + round));
                }
                LockSupport.parkNanos(20_000_000L);
            }
            Duration seen = Duration.between(asked, Instant.now());
            double stored = Double.parseDouble(text(db, "select timestampdiff(microsecond, started_at, finished_at)"
                    + " / 1000000 from round_result where round_id = " + round));
            System.out.printf("tally of %d ballots over %d plans: %.3f s from start to signed result stored"
                    + " (%.3f s until the bench saw it); target < 2 s%n", BALLOTS, PLANS, stored,
                    seen.toNanos() / 1e9);
        }
    }

    /** Approval ballots on the voter's neighbourhood ballot: 1 to 3 of its plans, the popular ones more often. */
    private static void writeBallots(Connection db, long round, Map<String, List<Long>> plans, SplittableRandom random)
            throws Exception {
        db.setAutoCommit(false);
        // The neighbourhood ids are looked up first: in a batch the driver sends as one bulk statement, MariaDB
        // worked a subquery out once for the whole batch, so 5,000 ballots at a time landed in one neighbourhood.
        Map<String, Long> neighbourhoods = new LinkedHashMap<>();
        for (String name : NEIGHBOURHOODS) {
            neighbourhoods.put(name, single(db, "select id from neighbourhood where name = '" + name
                    + "' and round_id = " + round));
        }
        try (PreparedStatement ballot = db.prepareStatement("insert into ballot (id, round_id, neighbourhood_id,"
                + " ballot_kind, receipt) values (?, ?, ?, 'APPROVAL', ?)");
             PreparedStatement choice = db.prepareStatement("insert into ballot_choice (ballot_id, plan_id)"
                     + " values (?, ?)")) {
            String alphabet = "34679ACDEFGHJKMNPRTVWXY";
            for (int i = 0; i < BALLOTS; i++) {
                String neighbourhood = NEIGHBOURHOODS[random.nextInt(NEIGHBOURHOODS.length)];
                byte[] id = new byte[16];
                random.nextBytes(id);
                String ballotId = HexFormat.of().formatHex(id);
                StringBuilder receipt = new StringBuilder();
                for (int c = 0; c < 12; c++) {
                    receipt.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                ballot.setString(1, ballotId);
                ballot.setLong(2, round);
                ballot.setLong(3, neighbourhoods.get(neighbourhood));
                ballot.setString(4, receipt.toString());
                ballot.addBatch();
                List<Long> candidates = plans.get(neighbourhood);
                int count = 1 + random.nextInt(3);
                java.util.Set<Long> chosen = new java.util.LinkedHashSet<>();
                while (chosen.size() < count) {
                    // skewed: low indices are popular
                    int pick = (int) (candidates.size() * Math.pow(random.nextDouble(), 2));
                    chosen.add(candidates.get(pick));
                }
                for (long plan : chosen) {
                    choice.setString(1, ballotId);
                    choice.setLong(2, plan);
                    choice.addBatch();
                }
                if (i % 5_000 == 4_999) {
                    ballot.executeBatch();
                    choice.executeBatch();
                }
            }
            ballot.executeBatch();
            choice.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static void moveTo(FacesClient official, Connection db, long round, String phase) throws Exception {
        while (!phase.equals(text(db, "select phase from budget_round where id = " + round))) {
            Page moved = official.submit(official.get("official/rounds"), "rounds", "roundRows:0:next", Map.of());
            if (moved.status() != 302) {
                throw new IllegalStateException("phase move refused:\n" + moved.body());
            }
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        return Long.parseLong(text(db, sql));
    }

    private static String text(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
