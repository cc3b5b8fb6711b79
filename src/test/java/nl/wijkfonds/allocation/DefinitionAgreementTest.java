package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wijkfonds.allocation.definition.EqualSharesDefinition;
import nl.wijkfonds.allocation.definition.GreedyDefinition;
import nl.wijkfonds.allocation.definition.PhragmenDefinition;
import nl.wijkfonds.allocation.pabulib.Election;

/**
 * The fast engine chooses exactly what the definitions ({@code nl.wijkfonds.allocation.definition})
 * choose, in the same order: on every reference instance and on generated rounds (approval, points,
 * amounts with decimals), with both tie-breaks.
 */
class DefinitionAgreementTest {

    /** The rule keys of the reference outcomes, with the definition behind each. */
    private static List<String> definition(String key, Instance instance, Profile profile, TieBreak tieBreak) {
        return switch (key) {
            case "greedy_cost" -> GreedyDefinition.select(instance, profile, Satisfaction.COST, tieBreak);
            case "greedy_cardinality" -> GreedyDefinition.select(instance, profile, Satisfaction.CARDINALITY, tieBreak);
            case "mes_cost" -> EqualSharesDefinition.select(instance, profile, Satisfaction.COST, Completion.NONE, tieBreak);
            case "mes_cardinality" -> EqualSharesDefinition.select(instance, profile, Satisfaction.CARDINALITY,
                    Completion.NONE, tieBreak);
            case "mes_cost_completed" -> EqualSharesDefinition.select(instance, profile, Satisfaction.COST,
                    Completion.BUDGET_INCREASE, tieBreak);
            case "mes_cost_iterated" -> EqualSharesDefinition.select(instance, profile, Satisfaction.COST,
                    Completion.ITERATED, tieBreak);
            case "phragmen" -> PhragmenDefinition.select(instance, profile, tieBreak);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static final List<String> KEYS = List.of("greedy_cost", "greedy_cardinality", "mes_cost", "mes_cardinality",
            "mes_cost_completed", "mes_cost_iterated", "phragmen");

    private static List<String> engine(String key, Instance instance, Profile profile, TieBreak tieBreak) {
        return ReferenceData.rule(key).allocate(instance, profile, tieBreak).selected().stream().map(Project::id).toList();
    }

    /**
     * The definitions are as slow as their reading is plain (exact fractions voter by voter, no
     * speed-up); this skips the rule runs where the reference library itself needed more than this.
     */
    private static final double SLOWEST_REFERENCE_MS = 1_000;

    static Stream<Arguments> referenceRules() {
        List<Arguments> cases = new ArrayList<>();
        for (Path pb : ReferenceData.instances()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> rules = (Map<String, Object>) ReferenceData.outcomes(pb).get("rules");
            for (Map.Entry<String, Object> e : rules.entrySet()) {
                Double time = ReferenceData.referenceTime(pb, e.getKey());
                if (e.getValue() != null && time != null && time <= TestSize.pick((long) SLOWEST_REFERENCE_MS, 60)) {
                    cases.add(Arguments.of(pb.getFileName().toString(), e.getKey()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("referenceRules")
    void engineFollowsTheDefinitionOnReferenceInstances(String file, String key) {
        Election e = ReferenceData.election(ReferenceData.folder().resolve(file));
        TieBreak tieBreak = TieBreak.byProjectId();
        assertEquals(definition(key, e.instance(), ReferenceData.merged(e), tieBreak),
                engine(key, e.instance(), e.profile(), tieBreak),
                file + " " + key);
    }

    static LongStream seeds() {
        return LongStream.range(1, 1 + TestSize.pick(150, 25));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void engineFollowsTheDefinitionOnGeneratedRounds(long seed) {
        List<GeneratedRounds.Round> rounds = List.of(GeneratedRounds.approval(seed), GeneratedRounds.cumulative(seed),
                GeneratedRounds.withDecimals(seed));
        for (GeneratedRounds.Round round : rounds) {
            for (TieBreak tieBreak : List.of(TieBreak.byProjectId(), TieBreak.platform(new byte[] {(byte) seed}))) {
                for (String key : KEYS) {
                    if (key.equals("phragmen") && !round.profile().isApprovalLike()) {
                        continue;
                    }
                    assertEquals(definition(key, round.instance(), round.profile(), tieBreak),
                            engine(key, round.instance(), round.profile(), tieBreak),
                            key + " " + tieBreak.name() + " seed " + seed + " decimals " + round.instance().decimals());
                }
            }
        }
    }
}
