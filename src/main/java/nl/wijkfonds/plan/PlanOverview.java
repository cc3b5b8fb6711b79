package nl.wijkfonds.plan;

import java.util.List;
import java.util.Map;

/** All plans of a round for officials, with how many there are per theme, neighbourhood and status. */
public record PlanOverview(List<PlanRow> plans, Map<String, Long> byTheme, Map<String, Long> byNeighbourhood,
                           Map<PlanStatus, Long> byStatus) {
}
