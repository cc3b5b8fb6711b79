package nl.wijkfonds.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wijkfonds.allocation.pabulib.Election;

/**
 * The engine reproduces every outcome the reference library (pabutools) computed for the real
 * instances in the test resources ({@code pabulib/}), with tie-breaking by project id. A new X.pb/X.json pair is picked up
 * without code changes. A key with null means "not applicable": the engine must refuse the rule.
 */
class ReferenceOutcomesTest {

    static Stream<Arguments> referenceOutcomes() {
        List<Arguments> cases = new ArrayList<>();
        for (Path pb : ReferenceData.instances()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> rules = (Map<String, Object>) ReferenceData.outcomes(pb).get("rules");
            for (Map.Entry<String, Object> e : rules.entrySet()) {
                cases.add(Arguments.of(pb.getFileName().toString(), e.getKey(), e.getValue()));
            }
        }
        return cases.stream();
    }

    @Test
    void referenceFolderHasInstances() {
        assertFalse(ReferenceData.instances().isEmpty(), "no instances in " + ReferenceData.folder());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("referenceOutcomes")
    void engineReproducesReferenceOutcome(String file, String key, Object expected) {
        Path pb = ReferenceData.folder().resolve(file);
        Election election = ReferenceData.election(pb);
        Rule rule = ReferenceData.rule(key);
        if (expected == null) {
            assertThrows(IllegalArgumentException.class,
                    () -> rule.allocate(election.instance(), election.profile(), TieBreak.byProjectId()));
            return;
        }
        Outcome outcome = rule.allocate(election.instance(), election.profile(), TieBreak.byProjectId());
        @SuppressWarnings("unchecked")
        List<String> ids = ((List<Object>) expected).stream().map(String::valueOf).sorted().toList();
        assertEquals(ids, outcome.selectedIds(), file + " " + key);
        Object cost = ((Map<?, ?>) ReferenceData.outcomes(pb).get("costs")).get(key);
        if (cost != null) {
            assertEquals(0, new java.math.BigDecimal(cost.toString()).compareTo(outcome.inCurrency(outcome.totalCost())),
                    file + " " + key + " cost");
        }
    }
}
