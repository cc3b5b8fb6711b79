package nl.wijkfonds.plan;

import java.util.List;
import java.util.Map;

/**
 * A plan's public content in plain values, as the audit log and the version history keep it. Contact details are
 * left out on purpose: they are for officials only and have no place in a trail that auditors export.
 */
public record PlanSnapshot(String status, String title, String summary, String description, Long themeId,
                           String theme, Long neighbourhoodId, String neighbourhood, String location,
                           String submitterRole, String organisationName, long costCents, List<Line> costs,
                           List<File> files) {

    public record Line(String item, long amountCents) {
    }

    public record File(String kind, String fileName, long sizeBytes) {
    }

    /**
     * What the audit trail keeps of a plan: its content once it is public; of a draft only that it is one, since
     * auditors see plans as published and a draft may never be (issue 11).
     */
    static Object forTrail(PlanSnapshot snapshot) {
        return snapshot == null || !PlanStatus.DRAFT.name().equals(snapshot.status()) ? snapshot
                : Map.of("status", PlanStatus.DRAFT.name());
    }

    static PlanSnapshot of(Plan plan) {
        return new PlanSnapshot(plan.getStatus().name(), plan.getTitle(), plan.getSummary(), plan.getDescription(),
                plan.getTheme() == null ? null : plan.getTheme().getId(),
                plan.getTheme() == null ? null : plan.getTheme().getName(),
                plan.getNeighbourhood() == null ? null : plan.getNeighbourhood().getId(),
                plan.getNeighbourhood() == null ? null : plan.getNeighbourhood().getName(),
                plan.getLocation(), plan.getSubmitterRole() == null ? null : plan.getSubmitterRole().name(),
                plan.getOrganisationName(), plan.getCost().cents(),
                plan.getCosts().stream().map(c -> new Line(c.getItem(), c.getAmount().cents())).toList(),
                plan.getFiles().stream().map(f -> new File(f.getKind().name(), f.getFileName(), f.getSizeBytes()))
                        .toList());
    }
}
