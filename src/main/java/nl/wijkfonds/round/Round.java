package nl.wijkfonds.round;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A budget round: one year's wijkfonds of a district, from set-up to realisation.
 *
 * <p>An official creates the round as a draft: its name, year, total budget, the most a single plan may cost, the
 * voting method, the themes plans are submitted under (each may have its own share of the budget), the
 * neighbourhoods (each may have a sub-budget), and the planned start of every phase. While still a draft the
 * public cannot see it. Moving it to {@link Phase#SUBMISSION} publishes it; residents then submit plans, officials
 * review them, and residents vote. From the moment voting opens the round's money is fixed — budget, caps, shares
 * and the set of themes and neighbourhoods no longer change, because ballots are cast against them — and the round
 * only moves forward: tallying, results, realisation, closed.
 *
 * <p>The round refuses any set-up that makes no sense (see {@link #revise}); every change goes through
 * {@link RoundService}, which records it in the audit log.
 */
@Entity
@Table(name = "budget_round")
public class Round {

    /** A round's retention period for contact details unless its officials choose another (0 to 120 months). */
    public static final int DEFAULT_CONTACT_RETENTION_MONTHS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "round_year", nullable = false)
    private int year;

    @Column(name = "total_budget_cents", nullable = false)
    private Money totalBudget;

    @Column(name = "max_plan_cost_cents", nullable = false)
    private Money maxPlanCost;

    @Enumerated(EnumType.STRING)
    @Column(name = "voting_method", nullable = false)
    private BallotKind votingMethod;

    /** Months after realisation ends (the start of the closed phase) that submitters' contact details are kept. */
    @Column(name = "contact_retention_months", nullable = false)
    private int contactRetentionMonths = DEFAULT_CONTACT_RETENTION_MONTHS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase = Phase.DRAFT;

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Theme> themes = new ArrayList<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Neighbourhood> neighbourhoods = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "phase_start", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "phase")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "starts_on", nullable = false)
    private Map<Phase, LocalDate> phaseStarts = new EnumMap<>(Phase.class);

    @Version
    private long version;

    protected Round() {
    }

    /** A new round in the draft phase, set up as the official says. */
    public Round(RoundSetup setup) {
        revise(setup);
    }

    /**
     * Applies the official's set-up. Refuses, each with the property concerned and all at once: a budget of zero or
     * less; a maximum per plan outside (0, budget]; theme shares or neighbourhood sub-budgets that are not positive
     * or add up to more than the budget; two themes or neighbourhoods with the same name; a missing or out-of-order
     * phase date; and, once voting has opened, any change to the money or to the set of themes and neighbourhoods.
     */
    public final void revise(RoundSetup setup) {
        Violations problems = new Violations();
        Money total = setup.totalBudget();
        if (!total.isPositive()) {
            problems.add("totalBudget", "round.budget.positive");
        }
        if (!setup.maxPlanCost().isPositive() || setup.maxPlanCost().exceeds(total)) {
            problems.add("maxPlanCost", "round.maxPlanCost.range");
        }
        checkShares(setup.themes(), total, "themes", problems);
        checkShares(setup.neighbourhoods(), total, "neighbourhoods", problems);
        checkPhaseOrder(setup.phaseStarts(), problems);
        if (phase.votingHasOpened() && changesMoney(setup)) {
            problems.add(null, "round.budget.frozen");
        }
        problems.throwIfAny();

        name = setup.name().strip();
        year = setup.year();
        totalBudget = total;
        maxPlanCost = setup.maxPlanCost();
        votingMethod = setup.votingMethod();
        contactRetentionMonths = setup.contactRetentionMonths();
        phaseStarts.clear();
        phaseStarts.putAll(setup.phaseStarts());
        reviseParts(themes, setup.themes(), (row, position) -> new Theme(this, row, position));
        reviseParts(neighbourhoods, setup.neighbourhoods(), (row, position) -> new Neighbourhood(this, row, position));
    }

    /**
     * Moves the round to another phase: forward one step at a time, or back to any earlier phase as long as voting
     * has not opened yet.
     */
    public void moveTo(Phase target) {
        boolean oneStepForward = target == phase.next() && phase != Phase.CLOSED;
        boolean backBeforeVoting = target.isBefore(phase) && !phase.votingHasOpened();
        if (phase.votingHasOpened() && target.isBefore(phase)) {
            throw new DomainException("round.phase.noWayBack");
        }
        if (!oneStepForward && !backBeforeVoting) {
            throw new DomainException("round.phase.oneStep");
        }
        phase = target;
    }

    /** Each share positive, names unique, and together no more than the total. */
    private static void checkShares(List<? extends RoundSetup.PartSetup> parts, Money total, String property,
                                    Violations problems) {
        Money sum = Money.ZERO;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            RoundSetup.PartSetup part = parts.get(i);
            if (!names.add(part.name().strip().toLowerCase(Locale.ROOT))) {
                problems.add(property + "[" + i + "].name", "round.names.duplicate");
            }
            if (part.budget() == null) {
                continue;
            }
            if (!part.budget().isPositive()) {
                problems.add(property + "[" + i + "].budget", "round.share.positive");
            }
            sum = sum.plus(part.budget());
        }
        if (sum.exceeds(total)) {
            problems.add(property, "round.shares.overTotal");
        }
    }

    private static void checkPhaseOrder(Map<Phase, LocalDate> starts, Violations problems) {
        LocalDate previous = null;
        for (Phase scheduled : Phase.SCHEDULED) {
            LocalDate start = starts.get(scheduled);
            String property = "phaseStarts[" + scheduled + "]";
            if (start == null) {
                problems.add(property, "round.phaseDates.missing");
            } else if (previous != null && start.isBefore(previous)) {
                problems.add(property, "round.phaseDates.order");
            }
            previous = start == null ? previous : start;
        }
    }

    private boolean changesMoney(RoundSetup setup) {
        return !setup.totalBudget().equals(totalBudget)
                || !setup.maxPlanCost().equals(maxPlanCost)
                || setup.votingMethod() != votingMethod
                || !sameShares(themes, setup.themes())
                || !sameShares(neighbourhoods, setup.neighbourhoods());
    }

    private static boolean sameShares(List<? extends RoundPart<?>> parts, List<? extends RoundSetup.PartSetup> rows) {
        if (parts.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!Objects.equals(parts.get(i).getId(), rows.get(i).id())
                    || !Objects.equals(parts.get(i).getBudget(), rows.get(i).budget())) {
                return false;
            }
        }
        return true;
    }

    /** Updates the parts the rows name by id, creates the new ones, and drops the parts no row names. */
    private static <P extends RoundPart<R>, R extends RoundSetup.PartSetup> void reviseParts(
            List<P> parts, List<R> rows, BiFunction<R, Integer, P> create) {
        List<P> revised = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            P part = parts.stream().filter(p -> p.getId() != null && p.getId().equals(row.id()))
                    .findFirst().orElse(null);
            if (part == null) {
                part = create.apply(row, i);
            } else {
                part.update(row, i);
            }
            revised.add(part);
        }
        parts.retainAll(revised);
        revised.stream().filter(p -> !parts.contains(p)).forEach(parts::add);
        parts.sort(Comparator.comparingInt(RoundPart::getPosition));
    }

    /** The round's state as the audit log records it. */
    public RoundSnapshot snapshot() {
        return RoundSnapshot.of(this);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public Money getTotalBudget() {
        return totalBudget;
    }

    public int getContactRetentionMonths() {
        return contactRetentionMonths;
    }

    public Money getMaxPlanCost() {
        return maxPlanCost;
    }

    public BallotKind getVotingMethod() {
        return votingMethod;
    }

    public Phase getPhase() {
        return phase;
    }

    public List<Theme> getThemes() {
        return List.copyOf(themes);
    }

    public List<Neighbourhood> getNeighbourhoods() {
        return List.copyOf(neighbourhoods);
    }

    public Map<Phase, LocalDate> getPhaseStarts() {
        return Map.copyOf(phaseStarts);
    }

    /** Public once it has left the draft phase. */
    public boolean isPublished() {
        return phase != Phase.DRAFT;
    }
}
