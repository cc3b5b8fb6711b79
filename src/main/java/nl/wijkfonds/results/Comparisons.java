package nl.wijkfonds.results;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The rule comparisons already worked out, by the SHA-256 of the result they compare: a counted result never
 * changes, and running every rule on a large round takes seconds, so each is worked out once per instance.
 */
@ApplicationScoped
public class Comparisons {

    private final Map<String, List<RuleComparison.RuleOutcome>> known = new ConcurrentHashMap<>();

    List<RuleComparison.RuleOutcome> of(String resultSha256, Supplier<List<RuleComparison.RuleOutcome>> work) {
        return known.computeIfAbsent(resultSha256, sha -> work.get());
    }
}
