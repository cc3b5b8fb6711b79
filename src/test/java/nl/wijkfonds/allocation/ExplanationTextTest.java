package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Reasons come out as plain sentences in Dutch and English, with money in euros. */
class ExplanationTextTest {

    private static final ExplanationText NL = ExplanationText.of(Locale.forLanguageTag("nl"));
    private static final ExplanationText EN = ExplanationText.of(Locale.ENGLISH);

    private static Fraction euros(long cents) {
        return Fraction.of(cents, 100);
    }

    @Test
    void equalSharesSayWhatEachSupporterPaidAtMost() {
        Reason paid = new Reason.BoughtWithEqualShares(412, euros(881_680), euros(2140), Satisfaction.COST, 0,
                euros(2_000_000));
        assertEquals("Gekozen in stap 3: de 412 stemmers betaalden elk hoogstens € 21,40", NL.sentence(paid, 3));
        assertEquals("Chosen in step 3: its 412 supporters each paid at most € 21.40", EN.sentence(paid, 3));
        Reason poor = new Reason.BoughtWithEqualShares(1250, euros(500_000), Fraction.of(1201, 3), Satisfaction.COST,
                1, euros(600_000));
        assertEquals("Gekozen in stap 1: de 1.250 stemmers betaalden elk hoogstens € 400,33; één van hen betaalde alles "
                + "wat hij of zij nog had", NL.sentence(poor, 1));
        assertEquals("Chosen in step 1: its 1,250 supporters each paid at most € 400.33; one of them paid all they had left",
                EN.sentence(poor, 1));
    }

    @Test
    void notChosenSaysWhatWasLeftAndWhatThePlanCosts() {
        Reason tooDear = new Reason.DoesNotFitBudget(80, Satisfaction.COST, 4, Fraction.of(12_000), Fraction.of(25_000));
        assertEquals("Niet gekozen: nog € 12.000 over, het plan kost € 25.000", NL.sentence(tooDear, 0));
        assertEquals("Not chosen: € 12,000 left, the plan costs € 25,000", EN.sentence(tooDear, 0));
        Reason shortOfMoney = new Reason.SupportersCannotAfford(1, Fraction.of(700), euros(45_050), 2);
        assertEquals("Niet gekozen: de enige stemmer had nog € 450,50 over, het plan kost € 700", NL.sentence(shortOfMoney, 0));
        assertEquals("Not chosen: its only supporter had € 450.50 left, the plan costs € 700", EN.sentence(shortOfMoney, 0));
        assertEquals(Fraction.of(24_950, 100), ((Reason.SupportersCannotAfford) shortOfMoney).shortfall());
    }

    /** Every kind of reason has a sentence in both languages, with every placeholder filled in. */
    @Test
    void everyReasonHasASentenceInBothLanguages() {
        Fraction f = Fraction.of(7, 2);
        List<Reason> all = List.of(new Reason.BoughtWithEqualShares(2, f, f, Satisfaction.CARDINALITY, 2, f),
                new Reason.CostsNothing(1), new Reason.NobodySupports(), new Reason.SupportersCannotAfford(2, f, f, 1),
                new Reason.FitsBudget(2, Satisfaction.COST, 1, f, f), new Reason.DoesNotFitBudget(2, Satisfaction.COST, 1, f, f),
                new Reason.LowestLoad(2, f, f, f), new Reason.FitsWithoutSupporters(f, f),
                new Reason.CostsMoreThanBudget(f, f), new Reason.RuleStoppedHere(2, f, null, f),
                new Reason.NotReached("7", 2, f, f, f), new Reason.NotConsidered());
        assertEquals(Set.of(Reason.class.getPermittedSubclasses()), Set.copyOf(all.stream().map(Object::getClass).toList()));
        for (ExplanationText text : List.of(NL, EN)) {
            for (Reason reason : all) {
                String sentence = text.sentence(reason, 5);
                assertFalse(sentence.contains("{") || sentence.isBlank(), sentence);
                assertFalse(reason.figures().isEmpty() && !(reason instanceof Reason.NotConsidered), reason.code());
            }
        }
        assertTrue(NL.sentence(all.get(0), 5).startsWith("Gekozen in stap 5"));
        assertTrue(EN.sentence(all.get(0), 5).startsWith("Chosen in step 5"));
    }

    /** The platform counts in euro cents (decimals 2): what residents read is in euros. */
    @Test
    void thePlatformsCentsReadAsEuros() {
        Instance instance = new Instance(List.of(Project.of("speeltuin", 2_500_050), Project.of("bankjes", 1_200_000)),
                3_000_000, 2, null);
        Profile profile = new Profile(instance, BallotKind.APPROVAL, List.of(new Ballot.Approval(Set.of("speeltuin")),
                new Ballot.Approval(Set.of("speeltuin", "bankjes")), new Ballot.Approval(Set.of("speeltuin"))));
        Outcome outcome = Rules.greedy(Satisfaction.COST).allocate(instance, profile, TieBreak.byProjectId());
        assertEquals("Gekozen in stap 1: het paste nog in het budget: er was nog € 30.000 over, het plan kost € 25.000,50",
                NL.sentence(outcome.explanations().get(0)));
        assertEquals("Not chosen: € 4,999.50 left, the plan costs € 12,000", EN.sentence(outcome.explanations().get(1)));
        assertEquals("gelijke delen", NL.phase("equal-shares"));
        assertEquals("most votes first", EN.phase("greedy"));
    }

    @Test
    void otherLanguagesGetDutch() {
        assertEquals("nl", ExplanationText.of(Locale.GERMAN).language());
        assertEquals("en", ExplanationText.of(Locale.UK).language());
        assertEquals("1.234,50", ExplanationText.of(Locale.forLanguageTag("nl"), "").money(Fraction.of(246_9, 2)));
    }
}
