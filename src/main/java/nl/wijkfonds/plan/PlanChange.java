package nl.wijkfonds.plan;

import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One part of a plan's public content that differs between two versions, as a reviewer reads it: the label's
 * message key, and the text before and after (amounts in the content's own language, Dutch).
 */
public record PlanChange(String labelKey, String before, String after) {

    /** Every part that differs from {@code from} to {@code to}, in the order the plan's page shows them. */
    static List<PlanChange> between(PlanSnapshot from, PlanSnapshot to) {
        List<PlanChange> changes = new ArrayList<>();
        compare(changes, "plan.title", from, to, PlanSnapshot::title);
        compare(changes, "plan.summary", from, to, PlanSnapshot::summary);
        compare(changes, "plan.description", from, to, PlanSnapshot::description);
        compare(changes, "plan.theme", from, to, PlanSnapshot::theme);
        compare(changes, "plan.neighbourhood", from, to, PlanSnapshot::neighbourhood);
        compare(changes, "plan.location", from, to, PlanSnapshot::location);
        compare(changes, "plan.organisationName", from, to, PlanSnapshot::organisationName);
        compare(changes, "plan.costs", from, to, PlanChange::costLines);
        compare(changes, "plan.totalCost", from, to, s -> money(s.costCents()));
        compare(changes, "plan.edit.files", from, to, s -> s.files().stream().map(PlanSnapshot.File::fileName)
                .collect(Collectors.joining("\n")));
        return changes;
    }

    private static void compare(List<PlanChange> changes, String labelKey, PlanSnapshot from, PlanSnapshot to,
                                Function<PlanSnapshot, String> part) {
        String before = part.apply(from);
        String after = part.apply(to);
        if (!Objects.equals(before, after)) {
            changes.add(new PlanChange(labelKey, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static String costLines(PlanSnapshot snapshot) {
        return snapshot.costs().stream().map(line -> line.item() + ": " + money(line.amountCents()))
                .collect(Collectors.joining("\n"));
    }

    private static String money(long cents) {
        return Money.ofCents(cents).format(Languages.DUTCH);
    }
}
