package nl.wijkfonds.voting;

import nl.wijkfonds.testing.Deployed;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static nl.wijkfonds.testing.TestDatabase.column;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.voting.VotingPages.OUD_WEST;
import static nl.wijkfonds.voting.VotingPages.castByApi;
import static nl.wijkfonds.voting.VotingPages.planId;
import static nl.wijkfonds.voting.VotingPages.round;
import static nl.wijkfonds.voting.VotingPages.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ballot secret, checked where it could leak: the schema (no column that joins a ballot to a code, voter,
 * account or session, and no time on a ballot), the audit trail, the security log and the server's log; and the
 * throttling of wrong codes per address and per postcode, whose refusals are logged without the code or postcode.
 */
interface SecrecyTests extends Deployed {

    @Test
    @Order(90)
    default void noColumnJoinsABallotToItsVoter() {
        assertEquals(Set.of("id", "round_id", "neighbourhood_id", "ballot_kind", "receipt"), columns("ballot"));
        assertEquals(Set.of("ballot_id", "plan_id", "points", "rank_position"), columns("ballot_choice"));
        assertEquals(List.of(), column("select concat(table_name, '.', column_name) from information_schema.columns"
                + " where table_schema = database() and table_name in ('ballot', 'ballot_choice')"
                + " and data_type in ('timestamp', 'datetime', 'date', 'time', 'year')"), "no time on a ballot");
        assertEquals(Set.of("ballot_choice.ballot_id"), Set.copyOf(column("select concat(table_name, '.',"
                + " column_name) from information_schema.key_column_usage where table_schema = database()"
                + " and referenced_table_name = 'ballot'")), "only its choices point to a ballot");
        assertEquals(Set.of("budget_round", "neighbourhood", "plan", "ballot"), Set.copyOf(column("select distinct"
                + " referenced_table_name from information_schema.key_column_usage where table_schema = database()"
                + " and table_name in ('ballot', 'ballot_choice') and referenced_table_name is not null")));
        assertEquals(List.of(), column("select concat(table_name, '.', column_name) from information_schema.columns"
                + " where table_schema = database() and table_name in ('voting_code', 'voter', 'paper_entry')"
                + " and (column_name like '%ballot%' or column_name like '%receipt%')"), "nor from a code");
        for (String id : column("select id from ballot")) {
            assertTrue(id.matches("[0-9a-f]{32}"), "a random id, not a sequence: " + id);
        }
    }

    @Test
    @Order(95)
    default void neitherAuditTrailNorLogsHoldACodeOrPostcode() throws IOException {
        List<String> secrets = VotingFixture.CODES.values().stream()
                .flatMap(code -> Stream.of(code, code.replace("-", ""))).toList();
        List<String> postcodes = List.of("1054AB", "1054 AB", "1051CD", "1051 CD");
        for (String secret : Stream.concat(secrets.stream(), postcodes.stream()).toList()) {
            String like = "%" + secret + "%";
            assertEquals(0, count("select count(*) from audit_event where concat_ws('|', actor, action, subject_id,"
                    + " before_state, after_state) like ?", like), "audit trail holds " + secret);
            assertEquals(0, count("select count(*) from security_event where concat_ws('|', detail,"
                    + " client_address) like ?", like), "security log holds " + secret);
        }
        Path log = Path.of("target/failsafe-reports/" + VotingIT.class.getName() + "-output.txt");
        if (Files.exists(log)) {
            String server = Files.readString(log, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertFalse(server.contains(secret), "the server log holds a voting code");
            }
            assertFalse(server.contains("1054AB") || server.contains("1054 AB"), "the server log holds a postcode");
        }
        assertEquals(0, count("select count(*) from audit_event where subject_type = 'ballot'"), "no event per ballot");
    }

    @Test
    @Order(80)
    default void wrongCodesAreThrottledPerClientAndRefusalsLoggedWithoutTheCode() {
        long refusals = count("select count(*) from security_event where kind = 'VOTING_CODE_REFUSED'");
        long plan = Long.parseLong(planId("Geveltuinen"));
        int tries = 0;
        HttpResponse<String> answer;
        do {
            answer = castByApi(base(), round(), vote(CodeAlphabet.newCode(), OUD_WEST, plan), "nl");
            tries++;
        } while (answer.statusCode() == 401 && tries < 20);
        assertEquals(429, answer.statusCode(), "throttled after at most ten wrong codes: " + answer.body());
        assertTrue(tries <= 11, tries + " tries");
        assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "says how long to wait");
        assertTrue(answer.body().contains("Te veel pogingen"), answer.body());
        HttpResponse<String> rightCode = castByApi(base(), round(), vote(VotingFixture.code("O5"), OUD_WEST, plan),
                "nl");
        assertEquals(429, rightCode.statusCode(), "while throttled even a right code waits");
        assertEquals(0, count("select count(*) from voting_code where used and voter_id = (select id from voter"
                + " where reference = 'O5')"));
        assertTrue(count("select count(*) from security_event where kind = 'VOTING_CODE_REFUSED'") > refusals);
        assertTrue(count("select count(*) from security_event where kind = 'VOTING_THROTTLED'") > 0);
        assertEquals(0, count("select count(*) from security_event where kind like 'VOTING%' and (detail like '%1054%'"
                + " or detail regexp '[" + CodeAlphabet.SYMBOLS + "]{10}')"));
    }

    @Test
    @Order(85)
    default void wrongCodesAreThrottledPerPostcodeWhateverAddressTheyComeFrom() throws IOException {
        long plan = Long.parseLong(planId("Geveltuinen"));
        String postcode = "1057 ZZ";
        int tries = 0;
        int status;
        do {
            tries++;
            status = castFrom("127.0.0." + (100 + tries), vote(CodeAlphabet.newCode(), postcode, plan));
        } while (status == 401 && tries < 20);
        assertEquals(429, status, "one postcode is throttled even when every try comes from another address");
        assertTrue(tries <= 11, tries + " tries");
        assertEquals(429, castFrom("127.0.0.150", vote(CodeAlphabet.newCode(), postcode, plan)));
        assertEquals(401, castFrom("127.0.0.151", vote(CodeAlphabet.newCode(), "1058 ZZ", plan)),
                "another postcode from a fresh address is not held up");
    }

    @Test
    @Order(86)
    default void wrongCodesAtTheSameMomentAreRefusedNeverAServerError() throws Exception {
        long plan = Long.parseLong(planId("Geveltuinen"));
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(clients.submit(() -> castFrom("127.0.0.200", vote(CodeAlphabet.newCode(), "1059 ZZ",
                        plan))));
            }
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertTrue(status == 401 || status == 429, "a wrong code is refused (401) or held up (429): " + status);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Casts over a plain socket from a given loopback address, so the server sees another client; returns the status.
     * (Java's HttpClient cannot choose its local address.)
     */
    private Integer castFrom(String localAddress, String json) throws IOException {
        URI api = URI.create(base().toString()).resolve("api/rounds/" + round() + "/ballots");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(api.getHost(), api.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + api.getRawPath() + " HTTP/1.1\r\nHost: " + api.getHost() + ":" + api.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept-Language: nl\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.valueOf(statusLine.split(" ")[1]);
        }
    }

    private static Set<String> columns(String table) {
        return Set.copyOf(column("select column_name from information_schema.columns where table_schema = database()"
                + " and table_name = ?", table));
    }
}
