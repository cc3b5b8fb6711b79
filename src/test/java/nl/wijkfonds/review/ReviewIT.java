package nl.wijkfonds.review;

import nl.wijkfonds.testing.DeployedApplication;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import nl.wijkfonds.testing.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.wijkfonds.review.ReviewPages.allMet;
import static nl.wijkfonds.review.ReviewPages.allMetBut;
import static nl.wijkfonds.review.ReviewPages.assign;
import static nl.wijkfonds.review.ReviewPages.casePath;
import static nl.wijkfonds.review.ReviewPages.confirm;
import static nl.wijkfonds.review.ReviewPages.decided;
import static nl.wijkfonds.review.ReviewPages.decisions;
import static nl.wijkfonds.review.ReviewPages.inReview;
import static nl.wijkfonds.review.ReviewPages.propose;
import static nl.wijkfonds.review.ReviewPages.returnProposal;
import static nl.wijkfonds.testing.DemoRound.reviewPhase;
import static nl.wijkfonds.testing.DemoRound.submissionPhase;
import static nl.wijkfonds.testing.DemoRound.submitPlan;
import static nl.wijkfonds.testing.DemoAccounts.ADMIN;
import static nl.wijkfonds.testing.DemoAccounts.AUDITOR;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL_2;
import static nl.wijkfonds.testing.DemoAccounts.OFFICIAL_3;
import static nl.wijkfonds.testing.DemoAccounts.RESIDENT;
import static nl.wijkfonds.testing.TestDatabase.count;
import static nl.wijkfonds.testing.TestDatabase.execute;
import static nl.wijkfonds.testing.TestDatabase.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Officials review plans through the real pages against the real database: criteria, assignment, assessment with
 * reasons and cost adjustment, four eyes, change requests, one appeal, conflicts of interest, and what the public
 * sees. Every refusal leaves nothing changed. The criteria test runs first (before any decision fixes them), the
 * frozen-criteria test last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewIT extends DeployedApplication implements ReviewFormTests {

    private static final String IN_A_WEEK = NEXT_WEEK;

    private FacesClient resident;
    private FacesClient first;
    private FacesClient second;
    private FacesClient third;

    @BeforeEach
    void signIn() {
        resident = signedIn(RESIDENT);
        first = signedIn(OFFICIAL);
        second = signedIn(OFFICIAL_2);
        third = signedIn(OFFICIAL_3);
    }

    @Test
    @Order(10)
    void officialSetsTheCriteriaWithEveryMistakeShownBesideItsField() {
        String path = "official/review/criteria?round=" + single("select id from budget_round");
        Page form = first.get(path);
        assertEquals(200, form.status(), form.body());
        assertTrue(form.contains("Geen winst voor de indiener"), "the demo round has the standard criteria");
        long events = count("select count(*) from audit_event");

        Map<String, String> fields = criteriaFields(form);
        fields.put("criterionRows:1:criterionName", "");
        fields.put("changeDays", "0");
        Page refused = first.submit(form, "rules", "save", fields);
        assertEquals(200, refused.status());
        assertTrue(refused.contains("Vul dit veld in."), refused.body());
        assertTrue(refused.contains("Vul een aantal dagen in van 1 tot en met 60."));
        assertTrue(refused.contains("value=\"0\""), "what was typed stays:\n" + refused.body());

        fields.put("criterionRows:1:criterionName", "Goed voor de buurt en open voor iedereen");
        fields.put("changeDays", "twee weken");
        refused = first.submit(form, "rules", "save", fields);
        assertTrue(refused.contains("Vul een getal in"), refused.body());

        fields.put("changeDays", "10");
        refused = first.submit(form, "rules", "save", fields);
        assertTrue(refused.contains("Deze naam komt al voor."), refused.body());
        assertEquals(events, count("select count(*) from audit_event"), "nothing stored from the wrong tries");
        assertEquals("14", single("select change_days from review_rules"));

        fields.put("criterionRows:1:criterionName", "In het stadsdeel Nieuw-West");
        Page saved = first.submit(form, "rules", "save", fields);
        assertEquals(302, saved.status(), saved.body());
        assertEquals("10", single("select change_days from review_rules"));
        assertEquals(1, count("select count(*) from eligibility_criterion where name = 'In het stadsdeel Nieuw-West'"));
        assertEquals(8, count("select count(*) from eligibility_criterion"));
        assertEquals(events + 1, count("select count(*) from audit_event"), "one event for the change");
        assertEquals(2, count("select count(*) from audit_event where action = 'review.rules-set'"));
    }

    @Test
    @Order(30)
    void aDecisionTakesEffectOnlyAfterASecondOfficialConfirmsIt() {
        submissionPhase(first);
        long plan = submitPlan(resident, "Buurtfeest Ten Kate", "4.000");
        Page assigned = assign(first, plan, OFFICIAL, IN_A_WEEK);
        assertEquals(302, assigned.status(), assigned.body());
        assertEquals("IN_REVIEW", single("select state from review where plan_id = ?", plan));
        assertFalse(first.get(casePath(plan)).contains("assess:propose"), "no assessing before the review phase");

        reviewPhase(first);
        Page refused = propose(first, plan, costAdjusted(allMetBut(2, "DOES_NOT_MEET", ""), "0", ""));
        assertEquals(200, refused.status());
        assertTrue(refused.contains("Schrijf op waarom. Bewoners lezen deze reden."), refused.body());
        assertTrue(refused.contains("Vul een bedrag in van meer dan € 0"), refused.body());
        assertTrue(refused.contains("Schrijf op waarom de gemeente andere kosten rekent."), refused.body());
        refused = propose(first, plan, costAdjusted(allMet(), "60.000", "Veel duurder"));
        assertTrue(refused.contains("Vul een bedrag in van meer dan € 0 en niet meer dan het maximale bedrag"));
        refused = propose(first, plan, costAdjusted(allMet(), "4.000,00", "Hetzelfde"));
        assertTrue(refused.contains("Dit bedrag is gelijk aan de kosten van het plan."), refused.body());
        assertEquals(0, decisions(plan), "nothing stored from the wrong tries");

        Page proposed = propose(first, plan, costAdjusted(allMet(), "4.500", "Stroom en vergunning komen erbij."));
        assertEquals(302, proposed.status(), proposed.body());
        assertEquals("AWAITING_CONFIRMATION", single("select state from review where plan_id = ?", plan));
        assertEquals("SUBMITTED", single("select status from plan where id = ?", plan));
        assertFalse(first.get(casePath(plan)).contains("settle:confirm"), "nobody is offered to confirm their own");
        Page publicPage = new FacesClient(base).open("plannen/" + plan);
        assertTrue(publicPage.contains("De gemeente heeft dit plan nog niet beoordeeld."), "a proposal is not public");

        int mails = Mailbox.messages(RESIDENT).size();
        Page confirmed = confirm(second, plan);
        assertEquals(302, confirmed.status(), confirmed.body());
        assertEquals("ELIGIBLE", single("select status from plan where id = ?", plan));
        assertEquals("450000", single("select adjusted_cost_cents from plan where id = ?", plan));
        assertEquals("DECIDED", single("select state from review where plan_id = ?", plan));
        assertEquals(single("select public_id from account where email = ?", OFFICIAL_2), single("select actor"
                + " from audit_event where action = 'review.decision-confirmed' and subject_id = ?", plan),
                "people by their public id");
        assertEquals("450000", single("select after_state from audit_event where action = 'review.cost-adjusted'"
                + " and subject_id = ?", plan));

        Mailbox.Mail mail = Mailbox.awaitMessage(RESIDENT, mails + 1);
        assertEquals("Besluit over uw plan \"Buurtfeest Ten Kate\": Toegelaten", mail.subject());
        assertTrue(mail.text().contains("Het plan voldoet aan alle regels.") && mail.text().contains("4.500,00")
                && mail.text().contains("Stroom en vergunning komen erbij."), mail.text());
        assertTrue(mail.html().contains("Stroom en vergunning komen erbij."), mail.html());
        assertTrue(mail.link().startsWith("plannen/" + plan + "-"), mail.link());

        publicPage = new FacesClient(base).open("plannen/" + plan);
        assertTrue(publicPage.contains("Toegelaten"), publicPage.body());
        assertTrue(publicPage.contains("4.000,00") && publicPage.contains("4.500,00"), "original and adjusted");
        assertTrue(publicPage.contains("Stroom en vergunning komen erbij."));
        assertTrue(publicPage.contains("Twee ambtenaren hebben dit besluit genomen."));
        assertFalse(publicPage.contains("Demo Ambtenaar"), "officials are not named in public");
        assertTrue(new FacesClient(base).get("plannen/?status=eligible").contains("Buurtfeest Ten Kate"));
        assertFalse(new FacesClient(base).get("plannen/?status=ineligible").contains("Buurtfeest Ten Kate"));
    }

    @Test
    @Order(40)
    void aSecondOfficialReturnsAProposalAndNobodyConfirmsTheirOwn() {
        long plan = inReview(resident, first, "Tafeltennistafel", "2.500");
        assertEquals(302, assign(first, plan, OFFICIAL_2, IN_A_WEEK).status());
        assertEquals(302, propose(second, plan, allMet()).status());
        Page earlier = first.get(casePath(plan));
        assertTrue(earlier.contains("settle:confirm"), earlier.body());

        Page refused = first.submit(earlier, "settle", "return", Map.of("note", " "));
        assertEquals(200, refused.status());
        assertTrue(refused.contains("Schrijf op waarom u het besluit terugstuurt."), refused.body());
        assertEquals("PROPOSED", single("select d.state from review_decision d join review r on r.id = d.review_id"
                + " where r.plan_id = ?", plan));

        assertEquals(302, returnProposal(third, plan, "Kijk nog eens naar de veiligheid.").status());
        assertEquals("RETURNED", single("select d.state from review_decision d join review r on r.id = d.review_id"
                + " where r.plan_id = ?", plan));
        assertEquals("IN_REVIEW", single("select state from review where plan_id = ?", plan));
        assertTrue(second.get(casePath(plan)).contains("Kijk nog eens naar de veiligheid."));

        assertEquals(302, assign(third, plan, OFFICIAL, IN_A_WEEK).status());
        assertEquals(302, propose(first, plan, allMet()).status());
        Page ownDecision = first.submit(earlier, "settle", "confirm", Map.of("note", ""));
        assertEquals(200, ownDecision.status());
        assertTrue(ownDecision.contains("U heeft dit besluit zelf voorgesteld."), ownDecision.body());
        assertEquals("SUBMITTED", single("select status from plan where id = ?", plan));
        assertEquals(2, decisions(plan));

        assertEquals(302, confirm(third, plan).status());
        assertEquals("ELIGIBLE", single("select status from plan where id = ?", plan));
    }

    @Test
    @Order(50)
    void submitterMakesRequestedChangesAndTheReviewerSeesWhatChanged() {
        int mails = Mailbox.messages(RESIDENT).size();
        long plan = decided(resident, first, OFFICIAL, second, "Moestuin in de wijk", "8.000",
                allMetBut(3, "NEEDS_CHANGE", "Maak het plan kleiner, dan kan het binnen een jaar."));
        assertEquals("CHANGES_REQUESTED", single("select status from plan where id = ?", plan));
        String days = single("select change_days from review_rules");
        assertEquals(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(Long.parseLong(days)).toString(),
                single("select changes_due_on from plan where id = ?", plan));

        Mailbox.Mail mail = Mailbox.awaitMessage(RESIDENT, mails + 1);
        assertTrue(mail.text().contains("Maak het plan kleiner, dan kan het binnen een jaar."), mail.text());
        assertTrue(mail.text().contains("account/plan?id=" + plan), "a link to change the plan: " + mail.text());
        String editor = "account/plan?id=" + plan;
        Page form = resident.get(editor);
        assertTrue(form.contains("De gemeente vraagt een wijziging"), form.body());
        assertTrue(form.contains("Maak het plan kleiner, dan kan het binnen een jaar."));
        Map<String, String> changed = editorFields(form);
        changed.put("title", "");
        changed.put("costRows:0:costAmount", "5.000");
        Page refused = resident.submit(form, "plan", "resubmit", changed);
        assertEquals(200, refused.status(), refused.body());
        assertTrue(refused.contains("Vul dit veld in."), refused.body());
        assertEquals("CHANGES_REQUESTED", single("select status from plan where id = ?", plan));

        changed.put("title", "Kleine moestuin in de wijk");
        Page resubmitted = resident.submit(form, "plan", "resubmit", changed);
        assertEquals(302, resubmitted.status(), resubmitted.body());
        assertEquals("SUBMITTED", single("select status from plan where id = ?", plan));
        assertEquals("IN_REVIEW", single("select state from review where plan_id = ?", plan));
        assertEquals(1, count("select count(*) from audit_event where action = 'plan.resubmitted' and subject_id = ?",
                plan));

        Page reviewerSees = first.get(casePath(plan));
        assertTrue(reviewerSees.contains("Wat is er veranderd sinds het laatste besluit"), reviewerSees.body());
        assertTrue(reviewerSees.contains("8.000,00") && reviewerSees.contains("5.000,00"));
        assertTrue(reviewerSees.contains("Kleine moestuin in de wijk"));

        assertEquals(302, propose(first, plan, allMet()).status());
        assertEquals(302, confirm(third, plan).status());
        assertEquals("ELIGIBLE", single("select status from plan where id = ?", plan));
    }

    @Test
    @Order(60)
    void ineligiblePlanIsAppealedOnceAndDecidedByOfficialsWhoTookNoPartBefore() {
        int mails = Mailbox.messages(RESIDENT).size();
        long plan = decided(resident, first, OFFICIAL, second, "Parkeerplaats voor bakfietsen", "12.000",
                allMetBut(1, "DOES_NOT_MEET", "De plek ligt buiten het stadsdeel."));
        assertEquals("INELIGIBLE", single("select status from plan where id = ?", plan));
        Page publicPage = new FacesClient(base).open("plannen/" + plan);
        assertTrue(publicPage.contains("Voldoet niet") && publicPage.contains("De plek ligt buiten het stadsdeel."));
        assertTrue(publicPage.contains("De indiener kan bezwaar maken tot en met"), publicPage.body());
        assertTrue(new FacesClient(base).get("plannen/?status=ineligible").contains("Parkeerplaats voor bakfietsen"));
        assertTrue(resident.get("account/plans").contains("Bezwaar maken"));

        Mailbox.Mail mail = Mailbox.awaitMessage(RESIDENT, mails + 1);
        assertEquals("Besluit over uw plan \"Parkeerplaats voor bakfietsen\": Niet toegelaten", mail.subject());
        assertTrue(mail.text().contains("Voldoet niet") && mail.text().contains("De plek ligt buiten het stadsdeel."),
                mail.text());
        String appeal = "account/appeal?id=" + plan;
        assertTrue(mail.text().contains(appeal), "a link to appeal: " + mail.text());
        Page form = resident.get(appeal);
        Page sameFormInAnotherTab = resident.get(appeal);
        Page refused = resident.submit(form, "appeal", "submit", Map.of("reason", "  "));
        assertEquals(200, refused.status());
        assertTrue(refused.contains("Schrijf op waarom u bezwaar maakt."), refused.body());
        assertEquals("FIRST", single("select stage from review where plan_id = ?", plan));

        Page filed = resident.submit(form, "appeal", "submit",
                Map.of("reason", "De stalling komt op de grens, aan onze kant."));
        assertEquals(302, filed.status(), filed.body());
        assertEquals("APPEAL", single("select stage from review where plan_id = ?", plan));
        assertEquals("AWAITING_ASSIGNMENT", single("select state from review where plan_id = ?", plan));
        Page again = resident.submit(sameFormInAnotherTab, "appeal", "submit", Map.of("reason", "Nog eens"));
        assertTrue(again.contains("U heeft al bezwaar gemaakt."), again.body());
        assertTrue(resident.get(appeal).contains("U kunt tegen dit besluit geen bezwaar (meer) maken."));
        assertTrue(new FacesClient(base).open("plannen/" + plan).contains("De indiener heeft bezwaar gemaakt."));

        for (String tookPart : new String[]{OFFICIAL, OFFICIAL_2}) {
            Page notAgain = assign(third, plan, tookPart, IN_A_WEEK);
            assertTrue(notAgain.contains("werkte mee aan het eerste besluit"), notAgain.body());
        }
        assertEquals("AWAITING_ASSIGNMENT", single("select state from review where plan_id = ?", plan));
        assertEquals(302, assign(third, plan, OFFICIAL_3, IN_A_WEEK).status());
        assertTrue(third.get(casePath(plan)).contains("De stalling komt op de grens, aan onze kant."));
        assertEquals(302, propose(third, plan, allMet()).status());

        Page firstReviewer = confirm(first, plan);
        assertTrue(firstReviewer.contains("U heeft het eerste besluit voorgesteld."), firstReviewer.body());
        assertEquals("INELIGIBLE", single("select status from plan where id = ?", plan));
        assertEquals(302, confirm(second, plan).status());
        assertEquals("ELIGIBLE", single("select status from plan where id = ?", plan));
        assertTrue(new FacesClient(base).open("plannen/" + plan).contains("na bezwaar"));
        assertEquals("Besluit over uw plan \"Parkeerplaats voor bakfietsen\": Toegelaten",
                Mailbox.awaitMessage(RESIDENT, mails + 2).subject(), "the appeal's decision is mailed too");
    }

    @Test
    @Order(70)
    void nobodyReviewsTheirOwnPlanOrOneTheyDeclaredAnInterestIn() {
        submissionPhase(first);
        execute("insert into account_role (account_id, role) select id, 'RESIDENT' from account where email = ?",
                OFFICIAL_3);
        try {
            FacesClient officialAsResident = signedIn(OFFICIAL_3);
            long own = submitPlan(officialAsResident, "Plan van een ambtenaar", "1.000");
            Page refused = assign(first, own, OFFICIAL_3, IN_A_WEEK);
            assertEquals(200, refused.status());
            assertTrue(refused.contains("heeft het plan zelf ingediend"), refused.body());
            assertEquals(0, count("select count(*) from review where plan_id = ?", own));
        } finally {
            execute("delete from account_role where role = 'RESIDENT' and account_id ="
                    + " (select id from account where email = ?)", OFFICIAL_3);
        }

        long plan = submitPlan(resident, "Bankje bij de bakker", "900");
        Page declared = second.submit(second.get(casePath(plan)), "conflict", "declare", Map.of());
        assertEquals(302, declared.status(), declared.body());
        assertEquals(1, count("select count(*) from review_conflict c join review r on r.id = c.review_id"
                + " where r.plan_id = ?", plan));
        Page refused = assign(first, plan, OFFICIAL_2, IN_A_WEEK);
        assertTrue(refused.contains("heeft een belang bij het plan gemeld"), refused.body());
        assertEquals("AWAITING_ASSIGNMENT", single("select state from review where plan_id = ?", plan));

        assertTrue(assign(first, plan, OFFICIAL, "2000-01-01").contains("Kies een datum vanaf vandaag."));
        reviewPhase(first);
        assertEquals(302, assign(first, plan, OFFICIAL, IN_A_WEEK).status());
        propose(first, plan, allMet());
        assertFalse(second.get(casePath(plan)).contains("settle:confirm"), "no confirming with an interest");
        assertEquals(302, confirm(third, plan).status());
    }

    @Test
    @Order(80)
    void reviewIsRefusedOutsideTheReviewPhase() {
        long plan = inReview(resident, first, "Speeltoestel", "3.000");
        assign(first, plan, OFFICIAL, IN_A_WEEK);
        Page openBeforeTheMove = first.get(casePath(plan));
        submissionPhase(first);
        Page refused = first.submit(openBeforeTheMove, "assess", "propose", allMet());
        assertEquals(200, refused.status());
        assertTrue(refused.contains("Plannen worden alleen beoordeeld in de fase"), refused.body());
        assertEquals(0, decisions(plan));
        reviewPhase(first);
    }

    @Test
    @Order(90)
    void residentsAndOtherStaffCannotReviewAndOddAddressesAreNotFound() {
        submissionPhase(first);
        String draft = draftOf(resident);
        long plan = Long.parseLong(single("select id from plan where title = 'Speeltoestel'"));
        Page officialPage = first.get(casePath(plan));
        long events = count("select count(*) from audit_event");

        Map<String, String> forged = new LinkedHashMap<>(officialPage.hiddenFields("assign"));
        forged.put("assign", "assign");
        forged.put("assign:reviewer", single("select id from account where email = ?", OFFICIAL_2));
        forged.put("assign:dueOn", IN_A_WEEK);
        forged.put("assign:assign", "x");
        assertEquals(403, resident.post(officialPage.action("assign"), forged).status());
        assertEquals(403, resident.post(casePath(plan), forged).status());
        assertEquals(single("select id from account where email = ?", OFFICIAL),
                single("select reviewer_id from review where plan_id = ?", plan), "nothing changed");
        assertEquals(403, resident.get(casePath(plan)).status());
        assertEquals(403, resident.get("official/review/").status());
        assertEquals(events, count("select count(*) from audit_event"), "nothing changed");
        assertEquals(0, decisions(plan));

        FacesClient auditor = signedIn(AUDITOR);
        FacesClient admin = signedIn(ADMIN);
        String round = single("select id from budget_round");
        for (String page : new String[]{casePath(plan), "official/review/", "official/review/criteria?round=" + round}) {
            assertEquals(403, auditor.get(page).status(), page);
            assertEquals(403, admin.get(page).status(), page);
            assertEquals(302, new FacesClient(base).get(page).status(), page);
            assertEquals(200, first.get(page).status(), page);
        }
        assertEquals(403, first.get("account/appeal?id=" + plan).status(), "appeals are the submitter's");

        for (String page : new String[]{"official/review/plan?id=abc", "official/review/plan?id=99999999",
                "official/review/plan", "official/review/plan?id=" + draft, "official/review/criteria?round=x",
                "official/review/criteria?round=99999", "official/review/?round=99999"}) {
            assertEquals(404, first.get(page).status(), page);
        }
        assertEquals(404, resident.get("account/appeal?id=abc").status());
        assertEquals(404, resident.get("account/appeal?id=99999999").status());
        assertEquals(200, resident.get("account/appeal?id=" + plan).status(), "own plan: no appeal possible, said");
        assertTrue(first.get("official/review/?round=" + round).contains("Wachten op een tweede ambtenaar"));
    }

    @Test
    @Order(100)
    void dashboardCountsPlansByStateAndMoneyPerThemeAndNeighbourhood() {
        execute("update review set due_on = '2000-01-01' where plan_id = (select id from plan where title = ?)",
                "Speeltoestel");
        Page dashboard = first.get("official/review/");
        String late = dashboard.body().substring(dashboard.body().indexOf("id=\"overdue\""));
        assertTrue(late.substring(0, late.indexOf("</ul>")).contains("Speeltoestel"), "a review past its day is late");
        assertTrue(dashboard.contains("Wachten op een tweede ambtenaar (" + count("select count(*) from review"
                + " where state = 'AWAITING_CONFIRMATION'") + ")"), dashboard.body());
        assertEquals(200, dashboard.status(), dashboard.body());
        assertTrue(dashboard.contains("id=\"count-ELIGIBLE\">"
                + count("select count(*) from plan where status = 'ELIGIBLE'") + "<"), dashboard.body());
        assertTrue(dashboard.contains("id=\"count-IN_REVIEW\">"
                + count("select count(*) from review r join plan p on p.id = r.plan_id"
                + " where r.state = 'IN_REVIEW' and p.status = 'SUBMITTED'") + "<"));
        assertTrue(dashboard.contains("moneyByTheme") && dashboard.contains("moneyByNeighbourhood"));
        String fromBallot = dashboard.body().substring(dashboard.body().indexOf("id=\"ballot\""));
        String ballot = fromBallot.substring(0, fromBallot.indexOf("</table>"));
        assertTrue(ballot.contains("Buurtfeest Ten Kate") && ballot.contains("4.500,00"), "at its adjusted cost");
        assertFalse(ballot.contains("Speeltoestel"), "only eligible plans go on the ballot");
        assertTrue(dashboard.contains("Samen in de buurt") && dashboard.contains("75.000,00"));
    }

    @Test
    @Order(130)
    void criteriaAreFixedOnceADecisionWasProposed() {
        String path = "official/review/criteria?round=" + single("select id from budget_round");
        Page form = first.get(path);
        Page refused = first.submit(form, "rules", "save", criteriaFields(form));
        assertEquals(200, refused.status());
        assertTrue(refused.contains("De regels liggen nu vast"), refused.body());
    }

    @Test
    @Order(140)
    void appealAfterSevenDaysIsRefused() {
        long plan = decided(resident, first, OFFICIAL, second, "Zonnepanelen op het buurthuis", "20.000",
                allMetBut(6, "DOES_NOT_MEET", "De gemeente plant dit al."));
        String appeal = "account/appeal?id=" + plan;
        Page form = resident.get(appeal);
        assertTrue(form.contains("appeal:submit"), form.body());

        execute("update review_decision set settled_at = settled_at - interval 8 day where review_id ="
                + " (select id from review where plan_id = ?)", plan);
        Page refused = resident.submit(form, "appeal", "submit", Map.of("reason", "Toch graag."));
        assertEquals(200, refused.status());
        assertTrue(refused.contains("De termijn voor bezwaar is voorbij."), refused.body());
        assertEquals("FIRST", single("select stage from review where plan_id = ?", plan));
        assertFalse(resident.get(appeal).contains("appeal:submit"), "no form once the days have passed");
    }

    private static Map<String, String> costAdjusted(Map<String, String> fields, String cost, String reason) {
        fields.put("adjustedCost", cost);
        fields.put("costReason", reason);
        return fields;
    }

    /** The criteria form's fields as the page shows them. */
    private static Map<String, String> criteriaFields(Page form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < ReviewPages.CRITERIA; i++) {
            fields.put("criterionRows:" + i + ":criterionName", inputValue(form, "rules:criterionRows:" + i
                    + ":criterionName"));
            fields.put("criterionRows:" + i + ":criterionExplanation", textareaValue(form, "rules:criterionRows:" + i
                    + ":criterionExplanation"));
        }
        fields.put("changeDays", inputValue(form, "rules:changeDays"));
        return fields;
    }

    /** The plan editor's fields as the page shows them (one cost line). */
    private static Map<String, String> editorFields(Page form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String input : new String[]{"title", "location", "contactName", "contactEmail", "contactPhone",
                "organisationName", "costRows:0:costItem", "costRows:0:costAmount"}) {
            fields.put(input, inputValue(form, "plan:" + input));
        }
        fields.put("summary", textareaValue(form, "plan:summary"));
        fields.put("description", textareaValue(form, "plan:description"));
        fields.put("theme", single("select id from theme where name = 'Samen in de buurt'"));
        fields.put("neighbourhood", single("select id from neighbourhood where name = 'Oud-West'"));
        fields.put("submitterRole", "RESIDENT");
        return fields;
    }

    private String draftOf(FacesClient owner) {
        Page form = owner.get("account/plan");
        owner.submit(form, "plan", "save", Map.of("title", "Nog maar een idee"));
        return single("select id from plan where title = 'Nog maar een idee'");
    }

    private static String inputValue(Page page, String id) {
        Matcher input = Pattern.compile("<input[^>]*id=\"" + Pattern
                .quote(id) + "\"[^>]*>").matcher(page.body());
        if (!input.find()) {
            throw new AssertionError("no input " + id);
        }
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? unescape(value.group(1)) : "";
    }

    private static String textareaValue(Page page, String id) {
        Matcher area = Pattern.compile("<textarea[^>]*id=\"" + Pattern
                .quote(id) + "\"[^>]*>([^<]*)</textarea>").matcher(page.body());
        if (!area.find()) {
            throw new AssertionError("no textarea " + id);
        }
        return unescape(area.group(1).replaceFirst("^\n", ""));
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
