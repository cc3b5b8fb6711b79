package nl.wijkfonds.voting;

import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.TestDatabase.asApplication;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static nl.wijkfonds.voting.VotingPages.OUD_WEST;
import static nl.wijkfonds.voting.VotingPages.WESTERPARK;
import static nl.wijkfonds.voting.VotingPages.castByApi;
import static nl.wijkfonds.voting.VotingPages.planId;
import static nl.wijkfonds.voting.VotingPages.round;
import static nl.wijkfonds.voting.VotingPages.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vote API: 201 with receipts, or a problem document for every kind of bad vote (400, 401, 409, 423, 429) with
 * nothing stored or changed — no used code without a ballot, no ballot without a used code; exactly one ballot from
 * 200 simultaneous casts with one code; turnout without names; closing; and throttling of wrong codes.
 */
interface VoteApiTests extends Deployed {

    private static long plan(String title) {
        return Long.parseLong(planId(title));
    }

    private static void refused(java.net.URL base, int status, String type, String json, String detail) {
        long ballots = count("select count(*) from ballot");
        long used = count("select count(*) from voting_code where used");
        HttpResponse<String> answer = castByApi(base, round(), json, "nl");
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(answer.body().contains("\"type\":\"https://wijkfonds.nl/problems/" + type + "\""), answer.body());
        assertTrue(answer.body().contains(detail), detail + " in " + answer.body());
        assertEquals(ballots, count("select count(*) from ballot"), "no ballot stored: " + json);
        assertEquals(used, count("select count(*) from voting_code where used"), "no code used: " + json);
    }

    @Test
    @Order(60)
    default void everyBadVoteIsRefusedWithAProblemAndNothingStored() {
        String code = VotingFixture.code("O3");
        long a = plan("Speeltuin Ten Kate");
        long b = plan("Bankjes op het plein");
        long c = plan("Geveltuinen");
        long d = plan("Zwerfvuilprikkers");
        long westerpark = plan("Moestuin Westerpark");
        long ineligible = VotingPages.eligiblePlan("Nog in beoordeling", 1_000, "Oud-West", "Groen en klimaat");
        execute("update plan set status = 'SUBMITTED' where id = ?", ineligible);
        String wrongCode = CodeAlphabet.newCode();
        String typo = code.substring(0, 2) + (code.charAt(2) == '3' ? '4' : '3') + code.substring(3);

        refused(base(), 400, "invalid-ballot", "{not json", "Stuur een JSON-object");
        refused(base(), 400, "invalid-ballot", "{\"postcode\":\"1054AB\",\"choices\":[{\"plan\":" + a + "}]}",
                "Vul dit veld in.");
        refused(base(), 400, "invalid-ballot", vote(code, "10540", a), "Vul een postcode in zoals 1053 AB.");
        refused(base(), 401, "wrong-code", vote(wrongCode, OUD_WEST, a), "horen niet bij elkaar");
        refused(base(), 401, "wrong-code", vote(typo, OUD_WEST, a), "Deze stemcode klopt niet.");
        refused(base(), 401, "wrong-code", vote(code, WESTERPARK, a), "horen niet bij elkaar");
        refused(base(), 400, "invalid-ballot", vote(code, OUD_WEST, a, b, c), "kosten samen meer dan € 75.000,00");
        refused(base(), 400, "invalid-ballot", vote(code, OUD_WEST, 999_999), "staat niet op dit stembiljet");
        refused(base(), 400, "invalid-ballot", vote(code, OUD_WEST, ineligible), "staat niet op dit stembiljet");
        refused(base(), 400, "invalid-ballot", vote(code, OUD_WEST, westerpark), "staat niet op dit stembiljet");
        refused(base(), 400, "invalid-ballot", vote(code, OUD_WEST, a, a), "twee keer gekozen");
        refused(base(), 400, "invalid-ballot", vote(code, OUD_WEST, d), "minstens € 7.500,00");
        refused(base(), 400, "invalid-ballot", vote(code, OUD_WEST), "Kies minstens één plan.");
        refused(base(), 400, "invalid-ballot", "{\"code\":\"" + code + "\",\"postcode\":\"" + OUD_WEST
                + "\",\"choices\":[{\"plan\":" + a + ",\"points\":-1}]}", "geen punten of plaatsen");

        HttpResponse<String> cast = castByApi(base(), round(), vote(code, OUD_WEST, a, d), "nl");
        assertEquals(201, cast.statusCode(), cast.body());
        assertTrue(cast.body().contains("\"ballot\":\"Oud-West\""), cast.body());
        String location = cast.headers().firstValue("Location").orElseThrow();
        String receipt = location.substring(location.lastIndexOf('/') + 1);
        assertEquals(1, count("select count(*) from ballot where receipt = ?", receipt));
        HttpResponse<String> found = get(location);
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("\"plan\":" + a) && found.body().contains("\"kind\":\"KNAPSACK\""));
        assertFalse(found.body().contains(code), "the ballot does not name its code");

        refused(base(), 409, "code-used", vote(code, OUD_WEST, b), "Met deze stemcode is al gestemd.");
        HttpResponse<String> english = castByApi(base(), round(), vote(code, OUD_WEST, b), "en-GB,en");
        assertTrue(english.body().contains("This voting code has already been used to vote."), english.body());
        assertEquals(404, get(location.replace(receipt, "AAAAAAAAAAAA")).statusCode());
    }

    @Test
    @Order(70)
    default void twoHundredSimultaneousVotesWithOneCodeStoreExactlyOneBallot() throws Exception {
        String json = vote(VotingFixture.code("O4"), OUD_WEST, plan("Bankjes op het plein"));
        long ballots = count("select count(*) from ballot");
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 200; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                return http.send(HttpRequest.newBuilder(URI.create(base().toString() + "api/rounds/" + round()
                                        + "/ballots")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Future<Integer> answer : answers) {
            statuses.merge(answer.get(), 1, Integer::sum);
        }
        threads.shutdown();
        assertEquals(Map.of(201, 1, 409, 199), statuses);
        assertEquals(ballots + 1, count("select count(*) from ballot"));
    }

    /**
     * The cast procedure keeps its promise by itself, called straight as the application's account: a ballot whose
     * choices cannot be stored takes nothing with it (the code stays unused, the ballot row is taken back), and a
     * used code is refused before anything is stored.
     */
    @Test
    @Order(75)
    default void aCastThatFailsHalfwayLeavesTheCodeUnusedAndStoresNothing() {
        String unused = codeHash("O6");
        long ballots = count("select count(*) from ballot");
        String unknownPlan = "[{\"id\": \"" + "f".repeat(32) + "\", \"kind\": \"KNAPSACK\", \"receipt\":"
                + " \"AAAAAAAAAAAA\", \"choices\": [{\"plan\": " + planId("Speeltuin Ten Kate") + "}, {\"plan\": 0}]}]";
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> asApplication("call cast_ballot(" + round() + ", '" + unused + "', '" + unknownPlan + "')"));
        assertTrue(failed.getMessage().contains("foreign key constraint"), failed.getMessage());
        assertEquals(0, count("select count(*) from voting_code where code_hash = ? and used", unused),
                "the code stays unused");
        assertEquals(ballots, count("select count(*) from ballot"), "the ballot is taken back with its choices");

        String again = unknownPlan.replace(", {\"plan\": 0}", "");
        IllegalStateException used = assertThrows(IllegalStateException.class,
                () -> asApplication("call cast_ballot(" + round() + ", '" + codeHash("O1") + "', '" + again + "')"));
        assertTrue(used.getMessage().contains("voting code used"), used.getMessage());
        assertEquals(ballots, count("select count(*) from ballot"));
    }

    private static String codeHash(String reference) {
        return single("select c.code_hash from voting_code c join voter v on v.id = c.voter_id"
                + " where v.reference = ? and v.round_id = ?", reference, round());
    }

    @Test
    @Order(100)
    default void officialsSeeTurnoutPerNeighbourhoodAndCloseTheVote() {
        FacesClient official = signedIn(OFFICIAL);
        FacesClient.Page page = official.get(VotingPages.votingPage());
        String turnout = page.body().substring(page.body().indexOf("id=\"turnout\""));
        assertTrue(turnout.contains("<td>Oud-West</td><td>8</td><td>4</td><td>50%</td>"), turnout);
        assertTrue(turnout.contains("<td>Westerpark</td><td>2</td><td>1</td><td>50%</td>"), turnout);
        assertFalse(page.body().contains("O1") || page.body().contains("1054AB"), "never who voted");

        FacesClient.Page closed = official.submit(page, "phase", "close", Map.of());
        assertEquals(302, closed.status(), closed.body());
        assertEquals("TALLYING", single("select phase from budget_round where id = ?", round()));
        refused(base(), 423, "voting-closed", vote(VotingFixture.code("W2"), WESTERPARK, plan("Moestuin Westerpark")),
                "de stemming is niet open");
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
