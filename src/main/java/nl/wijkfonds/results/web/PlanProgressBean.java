package nl.wijkfonds.results.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.results.OutcomeService;
import nl.wijkfonds.results.RealisationUpdate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plan's progress after the result, newest note first, for its public page. */
@Named("planProgress")
@RequestScoped
public class PlanProgressBean {

    @Inject
    private OutcomeService outcomes;

    private final Map<Long, List<RealisationUpdate>> loaded = new HashMap<>();

    public List<RealisationUpdate> of(Long planId) {
        return planId == null ? List.of() : loaded.computeIfAbsent(planId, outcomes::progressOf);
    }
}
