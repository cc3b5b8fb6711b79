package nl.wijkfonds.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.plan.PlanDraft;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.plan.SubmitterRole;
import nl.wijkfonds.round.Neighbourhood;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.Theme;
import nl.wijkfonds.shared.Money;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo plans for trying the gallery with a realistic number of plans ({@code WIJKFONDS_DEMO_PLANS}), handed in
 * through the same service path as plans handed in on paper. Made from a fixed seed, so every demo database holds
 * the same plans. Never for a real round.
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

    @Inject
    private PlanService plans;

    @Inject
    private Clock clock;

    /** Submits {@code count} plans in the round, all by this account, an hour apart up to now. */
    public void create(Round round, Account submitter, int count) {
        Random random = new Random(2027);
        List<Theme> themes = round.getThemes();
        List<Neighbourhood> neighbourhoods = round.getNeighbourhoods();
        Instant start = Instant.now(clock).minusSeconds(3600L * count);
        for (int i = 0; i < count; i++) {
            Theme theme = themes.get(random.nextInt(themes.size()));
            Neighbourhood neighbourhood = neighbourhoods.get(random.nextInt(neighbourhoods.size()));
            String title = String.format(IDEAS.get(random.nextInt(IDEAS.size())), neighbourhood.getName());
            List<PlanDraft.CostLine> costs = new ArrayList<>();
            int lines = 1 + random.nextInt(3);
            for (int line = 0; line < lines; line++) {
                costs.add(new PlanDraft.CostLine(ITEMS.get(random.nextInt(ITEMS.size())),
                        Money.ofEuros(250L * (1 + random.nextInt(40)))));
            }
            PlanDraft draft = new PlanDraft(
                    title.length() > 70 ? title.substring(0, 70) : title + " " + (i + 1),
                    "Demoplan " + (i + 1) + ": een voorbeeld van een plan voor " + neighbourhood.getName()
                            + " onder het thema " + theme.getName() + ".",
                    "Dit is een demoplan. Het laat zien hoe de lijst met plannen werkt met veel plannen."
                            + "\n\nWat we willen doen, waarom het de buurt helpt, en wie er meedoet.",
                    theme.getId(), neighbourhood.getId(), "Ergens in " + neighbourhood.getName(),
                    SubmitterRole.values()[random.nextInt(3)], "Stichting Demo " + (i + 1),
                    submitter.getDisplayName(), submitter.getEmail(), null, costs, List.of());
            plans.submitOnBehalfOf(submitter, round, draft, start.plusSeconds(3600L * i));
        }
    }
}
