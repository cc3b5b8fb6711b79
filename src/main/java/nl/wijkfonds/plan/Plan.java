package nl.wijkfonds.plan;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wijkfonds.identity.Account;
import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.round.Neighbourhood;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.Theme;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.Violations;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plan for the neighbourhood, proposed by a resident, entrepreneur or local organisation under one theme of a round.
 *
 * <p>Its submitter starts it as a {@link PlanStatus#DRAFT} during the round's submission phase and may save it as
 * often as they like, even half-written: a draft needs no more than a title, and only its submitter (and officials)
 * can see it. Submitting makes it public; that needs every field, at least one cost line, and a cost — the sum of its
 * lines, each more than € 0 — within the round's maximum per plan and the budget of its theme and neighbourhood. A
 * submitted plan can still be edited until the submission phase ends; from then on it is frozen, and every later
 * change goes through review: officials decide, with four eyes, that it is {@link PlanStatus#ELIGIBLE} (possibly at
 * a cost the municipality adjusted, which the ballot then uses), {@link PlanStatus#INELIGIBLE}, or that it needs
 * {@link PlanStatus#CHANGES_REQUESTED changes}, which its submitter may make until a set day and then send back for
 * review. An ineligible plan may be admitted after all on appeal; an eligible one is final. Until voting opens its
 * submitter may withdraw it; a withdrawn plan stays visible as withdrawn and never changes again. A draft that was never submitted is not withdrawn but deleted: it was never
 * public, so nothing of it needs to stay. Up to five images and three PDFs belong to the plan and are stored with it.
 *
 * <p>Contact details are kept for officials and never shown publicly. Every change goes through
 * {@link PlanService}, which records it in the audit log and, once submitted, in the plan's version history.
 */
@Entity
@Table(name = "plan")
public class Plan {

    private static final int SLUG_LENGTH = 60;

    /** The statuses in which a review decision may change a plan. */
    private static final Set<PlanStatus> UNDER_REVIEW = EnumSet.of(PlanStatus.SUBMITTED, PlanStatus.CHANGES_REQUESTED,
            PlanStatus.INELIGIBLE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submitter_id")
    private Account submitter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(length = 300)
    private String summary;

    @Column(columnDefinition = "TEXT")
    private String description;

    @ManyToOne
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @ManyToOne
    @JoinColumn(name = "neighbourhood_id")
    private Neighbourhood neighbourhood;

    @Column(length = 200)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_role", length = 20)
    private SubmitterRole submitterRole;

    @Column(name = "organisation_name", length = 120)
    private String organisationName;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "cost_cents", nullable = false)
    private Money cost = Money.ZERO;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_cost_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<CostItem> costs = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, position")
    private List<PlanFile> files = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "adjusted_cost_cents")
    private Money adjustedCost;

    @Column(name = "changes_due_on")
    private LocalDate changesDueOn;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    /** Had less support than the round's threshold when support closed: it does not enter review. */
    @Column(name = "short_of_support", nullable = false)
    private boolean shortOfSupport;

    @Version
    private long version;

    protected Plan() {
    }

    /** A new draft of this submitter in this round, which must be open for plans. */
    Plan(Round round, Account submitter, Instant now) {
        if (round.getPhase() != Phase.SUBMISSION) {
            throw new DomainException("plan.phase.closed");
        }
        this.round = Objects.requireNonNull(round);
        this.submitter = Objects.requireNonNull(submitter);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Applies what the submitter wrote. Refuses, each with the property concerned and all at once: any change once
     * the plan is frozen or withdrawn; a theme or neighbourhood of another round; a cost line without item or amount,
     * or of € 0 or less (a line left wholly empty is skipped); a total above the round's maximum per plan or the
     * budget of the plan's theme or neighbourhood; more files of a kind than a plan may have. A submitted plan must
     * stay complete.
     */
    void revise(PlanDraft draft, Theme newTheme, Neighbourhood newNeighbourhood, Instant now) {
        checkEditable(now);
        Violations problems = new Violations();
        if (newTheme != null && !sameRound(newTheme.getRound())) {
            problems.add("themeId", "plan.theme.otherRound");
        }
        if (newNeighbourhood != null && !sameRound(newNeighbourhood.getRound())) {
            problems.add("neighbourhoodId", "plan.neighbourhood.otherRound");
        }
        List<CostItem> lines = new ArrayList<>();
        Money total = Money.ZERO;
        for (int i = 0; i < draft.costs().size(); i++) {
            PlanDraft.CostLine line = draft.costs().get(i);
            if (line.isEmpty()) {
                continue; // an empty line, as the form offers one: not a cost
            }
            if (line.item() == null || line.item().isBlank()) {
                problems.add("costs[" + i + "].item", "validation.required");
            }
            if (line.amount() == null) {
                problems.add("costs[" + i + "].amount", "validation.required");
            } else if (!line.amount().isPositive()) {
                problems.add("costs[" + i + "].amount", "plan.cost.positive");
            } else {
                total = total.plus(line.amount());
                lines.add(new CostItem(line.item() == null ? "" : line.item().strip(), line.amount()));
            }
        }
        checkCap(total, newTheme, newNeighbourhood, problems);
        for (FileKind kind : FileKind.values()) {
            if (draft.count(kind) > kind.maxPerPlan()) {
                problems.add("files", "plan.files.tooMany." + kind.name().toLowerCase(Locale.ROOT),
                        kind.maxPerPlan());
            }
        }
        if (status != PlanStatus.DRAFT) {
            checkComplete(newTheme, newNeighbourhood, lines, draft.submitterRole(), draft.organisationName(),
                    problems);
        }
        problems.throwIfAny();

        title = draft.title().strip();
        summary = stripped(draft.summary());
        description = stripped(draft.description());
        theme = newTheme;
        neighbourhood = newNeighbourhood;
        location = stripped(draft.location());
        submitterRole = draft.submitterRole();
        organisationName = submitterRole == SubmitterRole.ORGANISATION ? stripped(draft.organisationName()) : null;
        contactName = stripped(draft.contactName());
        contactEmail = stripped(draft.contactEmail());
        contactPhone = stripped(draft.contactPhone());
        costs.clear();
        costs.addAll(lines);
        cost = total;
        reviseFiles(draft.files(), now);
        updatedAt = now;
    }

    /** Publishes the draft; it must be complete and the round still open for plans. */
    void submit(Instant now) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("plan.submitted.already");
        }
        if (round.getPhase() != Phase.SUBMISSION) {
            throw new DomainException("plan.phase.closed");
        }
        Violations problems = new Violations();
        checkComplete(theme, neighbourhood, costs, submitterRole, organisationName, problems);
        problems.throwIfAny();
        status = PlanStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /**
     * Sends the plan back to its reviewer after the changes the review asked for; possible until the day set for
     * them has passed.
     */
    void returnToReview(Instant now) {
        if (status != PlanStatus.CHANGES_REQUESTED) {
            throw new DomainException("plan.resubmit.notRequested");
        }
        checkEditable(now);
        status = PlanStatus.SUBMITTED;
        changesDueOn = null;
        updatedAt = now;
    }

    /**
     * A confirmed review decision admits the plan to the ballot, at {@code adjusted} when the municipality set its
     * own estimate of the cost (more than € 0, within the round's maximum per plan), otherwise at its own cost.
     */
    public void admit(Money adjusted, Instant now) {
        checkUnderReview();
        if (adjusted != null && (!adjusted.isPositive() || adjusted.exceeds(round.getMaxPlanCost()))) {
            throw new DomainException("review.cost.range", "adjustedCost");
        }
        decided(PlanStatus.ELIGIBLE, now);
        adjustedCost = adjusted;
    }

    /** A confirmed review decision keeps the plan off the ballot; its submitter may appeal. */
    public void reject(Instant now) {
        checkUnderReview();
        decided(PlanStatus.INELIGIBLE, now);
    }

    /** A confirmed review decision asks the submitter for changes, to be made until {@code dueOn} (inclusive). */
    public void requestChanges(LocalDate dueOn, Instant now) {
        checkUnderReview();
        decided(PlanStatus.CHANGES_REQUESTED, now);
        changesDueOn = Objects.requireNonNull(dueOn);
    }

    /** Review decides in the review phase, on a plan that was submitted and is not finally admitted or withdrawn. */
    private void checkUnderReview() {
        if (shortOfSupport) {
            throw new DomainException("community.support.shortOfSupport");
        }
        if (!UNDER_REVIEW.contains(status)) {
            throw new DomainException(status == PlanStatus.WITHDRAWN ? "plan.withdrawn" : "review.plan.notUnderReview");
        }
        if (round.getPhase() != Phase.REVIEW) {
            throw new DomainException("review.phase.closed");
        }
    }

    private void decided(PlanStatus outcome, Instant now) {
        status = outcome;
        adjustedCost = null;
        changesDueOn = null;
        reviewedAt = now;
        updatedAt = now;
    }

    /** Takes the submitted plan back; possible until voting opens. A draft is deleted instead: it was never public. */
    void withdraw(Instant now) {
        if (status == PlanStatus.DRAFT) {
            throw new DomainException("plan.withdraw.draft");
        }
        if (status == PlanStatus.WITHDRAWN) {
            throw new DomainException("plan.withdrawn");
        }
        if (round.getPhase().votingHasOpened()) {
            throw new DomainException("plan.withdraw.tooLate");
        }
        status = PlanStatus.WITHDRAWN;
        withdrawnAt = now;
        changesDueOn = null;
        updatedAt = now;
    }

    private void checkEditable(Instant now) {
        if (status == PlanStatus.WITHDRAWN) {
            throw new DomainException("plan.withdrawn");
        }
        if (status == PlanStatus.CHANGES_REQUESTED) {
            if (!isEditableAt(now)) {
                throw new DomainException("plan.changes.tooLate");
            }
            return;
        }
        if (status != PlanStatus.DRAFT && status != PlanStatus.SUBMITTED || round.getPhase() != Phase.SUBMISSION) {
            throw new DomainException(status == PlanStatus.DRAFT ? "plan.phase.closed" : "plan.frozen");
        }
    }

    private void checkCap(Money total, Theme newTheme, Neighbourhood newNeighbourhood, Violations problems) {
        if (total.exceeds(round.getMaxPlanCost())) {
            problems.add("costs", "plan.cost.overMaximum");
        } else if (newTheme != null && newTheme.getBudget() != null && total.exceeds(newTheme.getBudget())) {
            problems.add("costs", "plan.cost.overTheme");
        } else if (newNeighbourhood != null && newNeighbourhood.getBudget() != null
                && total.exceeds(newNeighbourhood.getBudget())) {
            problems.add("costs", "plan.cost.overNeighbourhood");
        }
    }

    /** What Bean Validation cannot see: rules across fields that a submitted plan must meet. */
    private static void checkComplete(Theme theme, Neighbourhood neighbourhood, List<CostItem> lines,
                                      SubmitterRole role, String organisation, Violations problems) {
        if (theme == null && !problems.concerns("themeId")) {
            problems.add("themeId", "plan.incomplete");
        }
        if (neighbourhood == null && !problems.concerns("neighbourhoodId")) {
            problems.add("neighbourhoodId", "plan.incomplete");
        }
        if (lines.isEmpty() && !problems.concerns("costs")) {
            problems.add("costs", "plan.costs.required");
        }
        if (role == SubmitterRole.ORGANISATION && (organisation == null || organisation.isBlank())) {
            problems.add("organisationName", "plan.organisation.required");
        }
    }

    private void reviseFiles(List<PlanDraft.FileRow> rows, Instant now) {
        Set<Long> kept = rows.stream().map(PlanDraft.FileRow::id).filter(Objects::nonNull).collect(Collectors.toSet());
        files.removeIf(file -> !kept.contains(file.getId()));
        for (PlanDraft.FileRow row : rows) {
            if (row.isNew()) {
                files.add(new PlanFile(this, row.upload(), 0, now));
            }
        }
        for (FileKind kind : FileKind.values()) {
            int position = 0;
            for (PlanFile file : files) {
                if (file.getKind() == kind) {
                    file.moveTo(position++);
                }
            }
        }
    }

    private boolean sameRound(Round other) {
        return other != null && Objects.equals(other.getId(), round.getId());
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The plan's state as the audit log and version history keep it. */
    /**
     * Support closed with this plan below the round's threshold ({@code true}), or support opened again ({@code
     * false}) because the round went back to the submission phase.
     */
    public void markShortOfSupport(boolean shortOfSupport) {
        this.shortOfSupport = shortOfSupport;
    }

    /** Whether it stays out of review for lack of support. */
    public boolean isShortOfSupport() {
        return shortOfSupport;
    }

    public PlanSnapshot snapshot() {
        return PlanSnapshot.of(this);
    }

    /** A readable part for the plan's address, e.g. "12-meer-bomen-op-het-plein". */
    /** The submitter's contact details go (erasure or retention); the plan itself stays as it was published. */
    void eraseContact() {
        contactName = null;
        contactEmail = null;
        contactPhone = null;
    }

    public String getSlug() {
        return slug(title);
    }

    public static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > SLUG_LENGTH) {
            plain = plain.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "plan" : plain;
    }

    public boolean isSubmittedBy(Account account) {
        return account != null && Objects.equals(submitter.getId(), account.getId());
    }

    /** Whether its submitter may still change it. */
    public boolean isEditable() {
        return isEditableAt(Instant.now());
    }

    /**
     * Drafts and submitted plans while the submission phase lasts; a plan the review sent back for changes during the
     * review phase, until the end of the day set for them (in Amsterdam).
     */
    boolean isEditableAt(Instant now) {
        if (status == PlanStatus.CHANGES_REQUESTED) {
            return round.getPhase() == Phase.REVIEW
                    && !LocalDate.ofInstant(now, Clocks.AMSTERDAM).isAfter(changesDueOn);
        }
        return (status == PlanStatus.DRAFT || status == PlanStatus.SUBMITTED) && round.getPhase() == Phase.SUBMISSION;
    }

    public boolean isWithdrawable() {
        return status.isPublic() && status != PlanStatus.WITHDRAWN && !round.getPhase().votingHasOpened();
    }

    public Long getId() {
        return id;
    }

    public Round getRound() {
        return round;
    }

    public Account getSubmitter() {
        return submitter;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public Theme getTheme() {
        return theme;
    }

    public Neighbourhood getNeighbourhood() {
        return neighbourhood;
    }

    public String getLocation() {
        return location;
    }

    public SubmitterRole getSubmitterRole() {
        return submitterRole;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    /** For officials only. */
    public String getContactName() {
        return contactName;
    }

    /** For officials only. */
    public String getContactEmail() {
        return contactEmail;
    }

    /** For officials only. */
    public String getContactPhone() {
        return contactPhone;
    }

    public Money getCost() {
        return cost;
    }

    /** The municipality's own estimate of the cost, set when the review admitted the plan; null when it kept its own. */
    public Money getAdjustedCost() {
        return adjustedCost;
    }

    /** What the plan costs on the ballot: the adjusted cost when the review set one, otherwise its own. */
    public Money getBallotCost() {
        return adjustedCost == null ? cost : adjustedCost;
    }

    /** The last day on which its submitter may make the changes the review asked for; null when none are asked. */
    public LocalDate getChangesDueOn() {
        return changesDueOn;
    }

    /** When the last review decision about it took effect; null before. */
    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public List<CostItem> getCosts() {
        return List.copyOf(costs);
    }

    public List<PlanFile> getFiles() {
        return List.copyOf(files);
    }

    public List<PlanFile> getImages() {
        return files.stream().filter(f -> f.getKind() == FileKind.IMAGE).toList();
    }

    public List<PlanFile> getAttachments() {
        return files.stream().filter(f -> f.getKind() == FileKind.PDF).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
