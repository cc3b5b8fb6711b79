package nl.wijkfonds.community;

import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static nl.wijkfonds.community.CommunityPages.planPath;
import static nl.wijkfonds.community.CommunityPages.pressSupport;
import static nl.wijkfonds.community.CommunityPages.resident;
import static nl.wijkfonds.community.CommunityPages.supporters;
import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.DemoRound.reviewPhase;
import static nl.wijkfonds.testing.DemoRound.submissionPhase;
import static nl.wijkfonds.testing.DemoRound.submitPlan;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Support: once per resident and plan (the database decides, also for fifty clicks at once), taken back, counted in
 * public, open while plans are submitted and the round's days after; a threshold keeps plans out of review; officials
 * see and export who supported what. Unverified accounts, the submitter and late supporters are refused.
 */
interface SupportTests extends Deployed {

    String ALREADY = "U steunt dit plan al.";

    @Test
    @Order(10)
    default void aResidentSupportsOnceAndTakesItBack() {
        submissionPhase(signedIn(OFFICIAL));
        long plan = submitPlan(signedIn(RESIDENT), "Bankjes langs de gracht", "3.000");
        Page anonymous = new FacesClient(base()).get(planPath(plan));
        assertTrue(anonymous.contains("Steunen is geen stem.") && anonymous.contains("kunnen zien wie een plan steunt"),
                "the page says support is not a vote and who sees it");
        assertTrue(anonymous.contains("Log in om dit plan te steunen") && !anonymous.contains("support:support"));
        assertFalse(signedIn(RESIDENT).get(planPath(plan)).contains("support:support"), "no support for your own plan");

        FacesClient fan = resident(base(), "fan1@example.nl");
        Page page = fan.get(planPath(plan));
        assertTrue(page.contains("support:support"), page.body());
        Page supported = fan.submit(page, "support", "support", Map.of());
        assertEquals(302, supported.status(), supported.body());
        assertEquals(1, supporters(plan));
        assertEquals(single("select public_id from account where email = 'fan1@example.nl'"),
                single("select actor from audit_event where action = 'community.supported' and subject_id = ?", plan),
                "the audit trail names the supporter by public id");
        assertTrue(new FacesClient(base()).get(planPath(plan)).contains("<strong id=\"supportCount\">1</strong>"));

        Page twice = fan.submit(page, "support", "support", Map.of());
        assertEquals(200, twice.status(), twice.body());
        assertTrue(twice.contains(ALREADY), twice.body());
        assertEquals(1, supporters(plan), "a second click from an old tab stores nothing");

        Page current = fan.get(planPath(plan));
        assertTrue(current.contains("U steunt dit plan.") && current.contains("support:withdraw"));
        assertEquals(302, fan.submit(current, "support", "withdraw", Map.of()).status());
        assertEquals(0, supporters(plan));
        Page again = fan.submit(current, "support", "withdraw", Map.of());
        assertTrue(again.contains("U steunde dit plan niet."), again.body());
        assertEquals(1, count("select count(*) from audit_event where action = 'community.support-withdrawn'"));
        assertEquals(302, pressSupport(fan, plan, "support").status());
        assertEquals(1, supporters(plan));
    }

    @Test
    @Order(20)
    default void fiftyParallelSupportsByOneAccountStoreExactlyOne() throws Exception {
        submissionPhase(signedIn(OFFICIAL));
        long plan = submitPlan(signedIn(RESIDENT), "Plantenbakken op de stoep", "2.000");
        FacesClient fan = resident(base(), "fan2@example.nl");
        Page page = fan.get(planPath(plan));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Page>> clicks = IntStream.range(0, 50)
                    .<Callable<Page>>mapToObj(i -> () -> fan.submit(page, "support", "support", Map.of())).toList();
            for (Future<Page> click : pool.invokeAll(clicks)) {
                assertTrue(click.get().status() < 500, click.get().body());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, supporters(plan), "the unique key lets one support in");
        assertEquals(1, count("select count(*) from audit_event where action = 'community.supported'"
                + " and subject_id = ?", plan));
    }

    @Test
    @Order(30)
    default void unverifiedAccountsCannotSupport() {
        submissionPhase(signedIn(OFFICIAL));
        long plan = Long.parseLong(single("select id from plan where title = 'Bankjes langs de gracht'"));
        FacesClient unverified = new FacesClient(base());
        Page registered = unverified.submit(unverified.get("register"), "registration", "register",
                Map.of("email", "onbevestigd@example.nl", "displayName", "Nog Niet Bevestigd",
                        "password", CommunityPages.PASSWORD));
        assertEquals(302, registered.status(), registered.body());
        unverified.signIn("onbevestigd@example.nl", CommunityPages.PASSWORD);
        Page page = unverified.get(planPath(plan));
        assertFalse(page.contains("support:support"), "no button for an unverified account");
        Map<String, String> forged = new LinkedHashMap<>(page.hiddenFields("logout"));
        forged.put("support", "support");
        forged.put("support:support", "x");
        Page refused = unverified.post(page.action("logout"), forged);
        assertTrue(refused.status() < 500, refused.body());
        assertEquals(0, count("select count(*) from plan_support s join account a on a.id = s.account_id"
                + " where a.email = 'onbevestigd@example.nl'"), "nothing stored");
    }

    @Test
    @Order(40)
    default void supportStaysOpenTheRoundsDaysAndPlansBelowTheThresholdDoNotEnterReview() {
        FacesClient official = signedIn(OFFICIAL);
        submissionPhase(official);
        String round = single("select id from budget_round");
        Page settings = official.get("official/community/?round=" + round);
        assertEquals(200, settings.status(), settings.body());
        Page refused = official.submit(settings, "supportRules", "save",
                Map.of("supportDaysAfter", "61", "supportThreshold", "nul"));
        assertTrue(refused.contains("Vul een aantal dagen in van 0 tot en met 60.") && refused.contains("Vul een getal in"),
                refused.body());
        assertEquals(0, count("select count(*) from community_settings where support_days_after <> 0"), "nothing stored");
        Page saved = official.submit(settings, "supportRules", "save",
                Map.of("supportDaysAfter", "3", "supportThreshold", "2"));
        assertEquals(302, saved.status(), saved.body());
        assertEquals("3 2", single("select concat(support_days_after, ' ', support_threshold) from community_settings"));

        FacesClient submitter = signedIn(RESIDENT);
        long popular = submitPlan(submitter, "Waterpunt in het park", "5.000");
        long quiet = submitPlan(submitter, "Tegeltuintjes voor iedereen", "1.500");
        assertEquals(302, pressSupport(resident(base(), "fan1@example.nl"), popular, "support").status());
        assertEquals(302, pressSupport(resident(base(), "fan2@example.nl"), popular, "support").status());

        reviewPhase(official);
        assertEquals(302, pressSupport(resident(base(), "fan1@example.nl"), quiet, "support").status(),
                "support stays open for the round's days after submission closed");
        assertTrue(new FacesClient(base()).get(planPath(quiet)).contains("Steunen kan tot"));

        FacesClient fan2 = resident(base(), "fan2@example.nl");
        Page stillOpen = fan2.get(planPath(quiet));
        execute("update community_settings set submission_closed_at = submission_closed_at - interval 4 day");
        assertFalse(fan2.get(planPath(quiet)).contains("support:support"), "no button once the days passed");
        Page late = fan2.submit(stillOpen, "support", "support", Map.of());
        assertTrue(late.contains("Steunen kan nu niet."), late.body());
        assertEquals(1, supporters(quiet), "nothing stored after the days");

        FacesClient admin = signedIn(ADMIN);
        Page jobs = admin.get("admin/jobs");
        assertEquals(302, admin.submit(jobs, "jobs", "closeSupport", Map.of()).status());
        assertEquals("1", single("select short_of_support from plan where id = ?", quiet));
        assertEquals("0", single("select short_of_support from plan where id = ?", popular));
        assertEquals(1, count("select count(*) from audit_event where action = 'community.short-of-support'"
                + " and subject_id = ?", quiet));
        assertTrue(new FacesClient(base()).get(planPath(quiet)).contains("had te weinig steun"));

        Page dashboard = official.get("official/review/");
        assertTrue(dashboard.contains("Waterpunt in het park"), dashboard.body());
        assertFalse(dashboard.contains("Tegeltuintjes voor iedereen"), "a plan short of support does not enter review");
        assertFalse(official.get("official/review/plan?id=" + quiet).contains("assign:assign"));

        Page list = official.get("official/community/?round=" + round);
        String row = list.body().substring(list.body().indexOf("id=\"supportRow-" + quiet + "\""));
        assertTrue(row.substring(0, row.indexOf("</tr>")).contains("Te weinig steun"), list.body());
        assertTrue(list.contains("Bewoner fan1") && list.contains("Bewoner fan2"), "officials see who supported");
        long exports = count("select count(*) from security_event where kind = 'PERSONAL_DATA_EXPORTED'");
        Page csv = official.get("official/community/support.csv?round=" + round);
        assertEquals(200, csv.status());
        assertTrue(csv.contains("\"Waterpunt in het park\"") && csv.contains("\"fan2@example.nl\""), csv.body());
        assertTrue(csv.contains("\"Tegeltuintjes voor iedereen\";\"Ingediend\";\"1\";\"ja\""), csv.body());
        assertEquals(exports + 1, count("select count(*) from security_event where kind = 'PERSONAL_DATA_EXPORTED'"));

        Page fixed = official.submit(official.get("official/community/?round=" + round), "supportRules", "save",
                Map.of("supportDaysAfter", "0", "supportThreshold", ""));
        assertTrue(fixed.contains("De regels liggen nu vast."), fixed.body());

        submissionPhase(official);
        assertEquals("0", single("select short_of_support from plan where id = ?", quiet), "support opens again");
        assertEquals(302, official.submit(official.get("official/community/?round=" + round), "supportRules", "save",
                Map.of("supportDaysAfter", "0", "supportThreshold", "")).status());
    }

    @Test
    @Order(50)
    default void onlyOfficialsSeeWhoSupportedWhat() {
        String round = single("select id from budget_round");
        FacesClient resident = signedIn(RESIDENT);
        for (String page : new String[]{"official/community/", "official/community/support.csv?round=" + round}) {
            assertEquals(403, resident.get(page).status(), page);
            assertEquals(403, signedIn(ADMIN).get(page).status(), page);
            assertEquals(403, signedIn(AUDITOR).get(page).status(), page);
            assertEquals(302, new FacesClient(base()).get(page).status(), page);
        }
        FacesClient official = signedIn(OFFICIAL);
        assertEquals(404, official.get("official/community/support.csv?round=abc").status());
        assertEquals(404, official.get("official/community/support.csv?round=999999").status());
        assertEquals(404, official.get("official/community/?round=999999").status());
        assertEquals(403, official.get("admin/jobs").status());
    }
}
