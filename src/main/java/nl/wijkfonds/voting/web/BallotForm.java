package nl.wijkfonds.voting.web;

import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.review.EligiblePlan;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.voting.BallotScope;
import nl.wijkfonds.voting.Choice;
import nl.wijkfonds.voting.VoterBallots;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The voter's ballots as the page shows them: per ballot, the plans in an order drawn at random for this voter (so no
 * plan profits from standing first), each with what the voter chose — a tick, points or a place, as typed.
 */
public class BallotForm implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Per ballot (by neighbourhood id, null for the district's), its rows in the voter's order. */
    private final Map<Long, List<Row>> rows = new LinkedHashMap<>();

    /** One plan on the ballot and the voter's choice for it. */
    public static class Row implements Serializable {

        private final long planId;
        private final String title;
        private final Long themeId;
        private final String theme;
        private final Money cost;
        private final Money planCost;
        private boolean chosen;
        private String points;
        private String rank;

        Row(EligiblePlan plan) {
            planId = plan.planId();
            title = plan.title();
            themeId = plan.themeId();
            theme = plan.theme();
            cost = plan.ballotCost();
            planCost = plan.cost();
        }

        /** Whether the voter picked this plan: ticked, or given points or a place. */
        boolean picked(BallotKind kind) {
            return switch (kind) {
                case APPROVAL, KNAPSACK -> chosen;
                case CUMULATIVE -> points != null && !points.isBlank() && !points.strip().equals("0");
                case RANKING -> rank != null && !rank.isBlank();
            };
        }

        public long getPlanId() {
            return planId;
        }

        public String getTitle() {
            return title;
        }

        public Long getThemeId() {
            return themeId;
        }

        public String getTheme() {
            return theme;
        }

        /** The cost on the ballot (the municipality's estimate when the review adjusted it). */
        public Money getCost() {
            return cost;
        }

        /** Whether the review adjusted the submitter's cost. */
        public boolean isCostAdjusted() {
            return !cost.equals(planCost);
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getRank() {
            return rank;
        }

        public void setRank(String rank) {
            this.rank = rank;
        }
    }

    /** A fresh form with each ballot's plans shuffled. */
    static BallotForm drawn(VoterBallots ballots) {
        BallotForm form = new BallotForm();
        for (BallotScope scope : ballots.scopes()) {
            List<Row> shuffled = new ArrayList<>(scope.plans().stream().map(Row::new).toList());
            Collections.shuffle(shuffled, RANDOM);
            form.rows.put(scope.neighbourhoodId(), shuffled);
        }
        return form;
    }

    List<Row> rowsOf(BallotScope scope) {
        return rows.getOrDefault(scope.neighbourhoodId(), List.of());
    }

    /** The voter's picks as choices; points and places that are no whole number are noted in {@code input}. */
    List<Choice> choices(BallotKind kind, TypedInput input) {
        List<Choice> choices = new ArrayList<>();
        rows.values().forEach(list -> list.stream().filter(r -> r.picked(kind)).forEach(row -> {
            switch (kind) {
                case APPROVAL, KNAPSACK -> choices.add(Choice.ticked(row.planId));
                case CUMULATIVE -> {
                    Integer points = input.number("choices", row.points);
                    choices.add(Choice.withPoints(row.planId, points == null ? 0 : points));
                }
                case RANKING -> {
                    Integer rank = input.number("choices", row.rank);
                    choices.add(Choice.ranked(row.planId, rank == null ? 0 : rank));
                }
            }
        }));
        return choices;
    }

    Money chosenCost(BallotScope scope) {
        long cents = rowsOf(scope).stream().filter(r -> r.chosen).mapToLong(r -> r.cost.cents()).sum();
        return Money.ofCents(cents);
    }

    /** The picked plans of a ballot, a ranking in its order. */
    List<Row> chosenRows(BallotScope scope, BallotKind kind) {
        List<Row> picked = new ArrayList<>(rowsOf(scope).stream().filter(r -> r.picked(kind)).toList());
        if (kind == BallotKind.RANKING) {
            picked.sort(Comparator.comparing(r -> rankOf(r.rank)));
        }
        return picked;
    }

    private static int rankOf(String typed) {
        try {
            return Integer.parseInt(Objects.requireNonNull(typed).strip());
        } catch (NumberFormatException notANumber) {
            return Integer.MAX_VALUE;
        }
    }
}
