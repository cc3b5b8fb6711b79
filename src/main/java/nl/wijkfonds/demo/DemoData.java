package nl.wijkfonds.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.community.Area;
import nl.wijkfonds.community.CommunitySettings;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.identity.AccountService;
import nl.wijkfonds.identity.NewAccount;
import nl.wijkfonds.platform.Settings;
import nl.wijkfonds.review.ReviewRules;
import nl.wijkfonds.review.ReviewRulesSetup;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundSetup;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * With {@code WIJKFONDS_DEMO=true}: once, on an empty database, a demo round "Wijkfonds West 2027" (€300,000,
 * three themes, four neighbourhoods, open for plans, with the standard eligibility criteria) and one demo account for
 * each role (three officials, for four eyes and appeals); with
 * {@code WIJKFONDS_DEMO_PLANS=500} also that many demo plans by a further demo resident,
 * initiatief@demo.wijkfonds.nl. Passwords and the staff's authenticator secret are in the README; never use demo
 * data in a real round.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** e-mail, name, role; the password of each is "wijkfonds-demo". */
    static final List<List<String>> ACCOUNTS = List.of(
            List.of("bewoner@demo.wijkfonds.nl", "Demo Bewoner", Role.RESIDENT),
            List.of("ambtenaar@demo.wijkfonds.nl", "Demo Ambtenaar", Role.OFFICIAL),
            // Two more officials: every review decision needs a second pair of eyes, and an appeal a third.
            List.of("ambtenaar2@demo.wijkfonds.nl", "Demo Ambtenaar Twee", Role.OFFICIAL),
            List.of("ambtenaar3@demo.wijkfonds.nl", "Demo Ambtenaar Drie", Role.OFFICIAL),
            List.of("auditor@demo.wijkfonds.nl", "Demo Auditor", Role.AUDITOR),
            List.of("beheer@demo.wijkfonds.nl", "Demo Beheerder", Role.ADMIN),
            // Two assistants: a paper ballot one of them enters counts only once the other confirms it.
            List.of("assistent@demo.wijkfonds.nl", "Demo Assistent", Role.ASSISTANT),
            List.of("assistent2@demo.wijkfonds.nl", "Demo Assistent Twee", Role.ASSISTANT));

    static final String PASSWORD = "wijkfonds-demo";

    /**
     * The authenticator secret of every demo staff account (staff must pass TOTP): add it to an authenticator app,
     * or compute a code with {@code oathtool --totp -b SECRET}. Printed by run-demo.sh; known to the tests.
     */
    public static final String STAFF_TOTP_SECRET = "WIJKFONDSDEMO234WIJKFONDSDEMO234";

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog auditLog;

    @Inject
    private DemoPlans demoPlans;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!Settings.loadDemoData() || accounts.anyAccountExists()) {
            return;
        }
        for (List<String> a : ACCOUNTS) {
            Account account = accounts.createBySystem(new NewAccount(a.get(0), a.get(1), PASSWORD), a.get(2));
            if (account.isStaff()) {
                accounts.enrolDemoTotp(account, STAFF_TOTP_SECRET);
            }
        }
        Round round = new Round(demoRound(LocalDate.now(clock)));
        round.moveTo(Phase.SUBMISSION);
        em.persist(round);
        em.flush();
        auditLog.record("round.created", "round", round.getId(), null, round.snapshot());
        ReviewRules rules = new ReviewRules(round, ReviewRulesSetup.standard());
        em.persist(rules);
        em.flush();
        auditLog.record("review.rules-set", "round", round.getId(), null, rules.snapshot());
        CommunitySettings community = new CommunitySettings(round);
        community.placeIn(Area.AMSTERDAM_WEST);
        em.persist(community);
        if (Settings.demoPlans() > 0) {
            Account author = accounts.createBySystem(
                    new NewAccount("initiatief@demo.wijkfonds.nl", "Demo Initiatiefnemer", PASSWORD), Role.RESIDENT);
            demoPlans.create(round, author, Settings.demoPlans());
            LOG.info("Demo data: " + Settings.demoPlans() + " demo plans added");
        }
        LOG.info("Demo data loaded: round 'Wijkfonds West 2027' and " + ACCOUNTS.size() + " demo accounts");
    }

    /**
     * The demo round, open for plans since two weeks before {@code today}: its planned dates lie around today, so
     * that the home page's phase, deadline and timeline tell one story whenever the demo is started.
     */
    static RoundSetup demoRound(LocalDate today) {
        List<RoundSetup.ThemeSetup> themes = List.of(
                new RoundSetup.ThemeSetup(null, "Groen en klimaat",
                        "Meer groen, minder hitte en wateroverlast in de buurt.", null),
                new RoundSetup.ThemeSetup(null, "Samen in de buurt",
                        "Ontmoeting, sport, cultuur en activiteiten voor en door buurtbewoners.", null),
                new RoundSetup.ThemeSetup(null, "Veilig en schoon",
                        "Een veilige, toegankelijke en schone openbare ruimte.", null));
        List<RoundSetup.NeighbourhoodSetup> neighbourhoods = List.of(
                new RoundSetup.NeighbourhoodSetup(null, "Bos en Lommer", "1055-1056", Money.ofEuros(75_000)),
                new RoundSetup.NeighbourhoodSetup(null, "De Baarsjes", "1053, 1056-1057", Money.ofEuros(75_000)),
                new RoundSetup.NeighbourhoodSetup(null, "Oud-West", "1052-1054", Money.ofEuros(75_000)),
                new RoundSetup.NeighbourhoodSetup(null, "Westerpark", "1051-1052", Money.ofEuros(75_000)));
        LocalDate start = today.minusWeeks(2);
        int[] weeksAfterStart = {0, 8, 14, 17, 18, 20, 60};
        Map<Phase, LocalDate> starts = new EnumMap<>(Phase.class);
        for (int i = 0; i < Phase.SCHEDULED.size(); i++) {
            starts.put(Phase.SCHEDULED.get(i), start.plusWeeks(weeksAfterStart[i]));
        }
        return new RoundSetup("Wijkfonds West 2027", 2027, Money.ofEuros(300_000), Money.ofEuros(50_000),
                BallotKind.APPROVAL, Round.DEFAULT_CONTACT_RETENTION_MONTHS, themes, neighbourhoods, starts);
    }
}
