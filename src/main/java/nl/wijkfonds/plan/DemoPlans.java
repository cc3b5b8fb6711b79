package nl.wijkfonds.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.wijkfonds.audit.AuditLog;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.round.Neighbourhood;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.Theme;
import nl.wijkfonds.shared.Money;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo plans for trying the gallery with a realistic number of plans ({@code WIJKFONDS_DEMO_PLANS}). Made from a
 * fixed seed, so every demo database holds the same plans. Never for a real round.
 */
@Stateless
public class DemoPlans {

    private static final List<String> IDEAS = List.of(
            "Geveltuinen in de %s", "Bankjes bij het speelveld in de %s", "Buurtmoestuin %s",
            "Extra prullenbakken in de %s", "Zomerfestival %s", "Boomspiegels vergroenen in de %s",
            "Repair café %s", "Verlichting op het fietspad in de %s", "Waterspeelplek %s",
            "Huiswerkclub %s", "Wadi tegen wateroverlast in de %s", "Buurtkamer %s",
            "Veilig oversteken bij school in de %s", "Schoonmaakdag %s", "Bloemenweide %s");
    private static final List<String> ITEMS = List.of("Materiaal", "Planten en bomen", "Arbeid", "Ontwerp",
            "Huur van ruimte", "Vergunning", "Onderhoud eerste jaar", "Communicatie");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    /** Creates {@code count} submitted plans (one in twenty withdrawn) in the round, all by this account. */
    @PermitAll
    public void create(Round round, Account submitter, int count) {
        Random random = new Random(2027);
        List<Theme> themes = round.getThemes();
        List<Neighbourhood> neighbourhoods = round.getNeighbourhoods();
        Instant start = Instant.now(clock).minusSeconds(3600L * count);
        for (int i = 0; i < count; i++) {
            Theme theme = themes.get(random.nextInt(themes.size()));
            Neighbourhood neighbourhood = neighbourhoods.get(random.nextInt(neighbourhoods.size()));
            Instant now = start.plusSeconds(3600L * i);
            Plan plan = new Plan(round, submitter, now);
            PlanForm form = new PlanForm();
            String title = String.format(IDEAS.get(random.nextInt(IDEAS.size())), neighbourhood.getName());
            form.setTitle(title.length() > 70 ? title.substring(0, 70) : title + " " + (i + 1));
            form.setSummary("Demoplan " + (i + 1) + ": een voorbeeld van een plan voor " + neighbourhood.getName()
                    + " onder het thema " + theme.getName() + ".");
            form.setDescription("Dit is een demoplan. Het laat zien hoe de lijst met plannen werkt met veel plannen."
                    + "\n\nWat we willen doen, waarom het de buurt helpt, en wie er meedoet.");
            form.setThemeId(theme.getId());
            form.setNeighbourhoodId(neighbourhood.getId());
            form.setLocation("Ergens in " + neighbourhood.getName());
            form.setSubmitterRole(SubmitterRole.values()[random.nextInt(3)]);
            form.setOrganisationName("Stichting Demo " + (i + 1));
            form.setContactName(submitter.getDisplayName());
            form.setContactEmail(submitter.getEmail());
            int lines = 1 + random.nextInt(3);
            for (int line = 0; line < lines; line++) {
                form.getCosts().add(new PlanForm.CostRow(ITEMS.get(random.nextInt(ITEMS.size())),
                        Money.ofEuros(250L * (1 + random.nextInt(40)))));
            }
            plan.revise(form, theme, neighbourhood, now);
            plan.submit(now);
            if (i % 20 == 19) {
                plan.withdraw(now);
            }
            em.persist(plan);
        }
        em.flush();
        auditLog.record("plan.demo-created", PlanService.SUBJECT, "demo", null, Map.of("plans", count));
    }
}
