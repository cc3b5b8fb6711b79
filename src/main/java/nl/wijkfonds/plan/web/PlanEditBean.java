package nl.wijkfonds.plan.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.groups.Default;
import nl.wijkfonds.plan.FileKind;
import nl.wijkfonds.plan.PendingUploads;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanDraft;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.plan.PlanUpload;
import nl.wijkfonds.plan.SubmitterRole;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;
import nl.wijkfonds.web.PageIds;
import nl.wijkfonds.web.TypedInput;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The resident's form to write a plan, save it as a draft, submit it, edit it, withdraw it or delete the draft. */
@Named("planEdit")
@ViewScoped
public class PlanEditBean implements Serializable {

    @Inject
    private PlanService plans;

    @Inject
    private Validation validation;

    @Inject
    private LanguageBean language;

    @Inject
    private PendingUploads uploads;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> idParameter;

    private Long id;
    private PlanForm form;
    private PlanStatus status;
    private boolean editable;
    private boolean withdrawable;
    private List<SelectItem> themes = List.of();
    private List<SelectItem> neighbourhoods = List.of();
    private Money maxPlanCost;

    /** Loads the resident's plan named by {@code ?id=}, or starts a new one in the open round. */
    public void load() {
        if (form != null) {
            return;
        }
        id = PageIds.optional(idParameter);
        if (id == null) {
            Round round = plans.roundOpenForPlans().orElse(null);
            if (round == null) {
                // Not a mistake of the person's: the page says so as a notice, without a form.
                return;
            }
            form = PlanForm.blank(plans.resident());
            status = PlanStatus.DRAFT;
            editable = true;
            describe(round);
        } else {
            Plan plan = plans.own(id);
            form = PlanForm.of(plan, language.getLocale());
            status = plan.getStatus();
            editable = plan.isEditable();
            withdrawable = plan.isWithdrawable();
            describe(plan.getRound());
        }
    }

    private void describe(Round round) {
        themes = round.getThemes().stream().map(t -> new SelectItem(t.getId(), t.getName())).toList();
        neighbourhoods = round.getNeighbourhoods().stream().map(n -> new SelectItem(n.getId(), n.getName())).toList();
        maxPlanCost = round.getMaxPlanCost();
    }

    /** Saves a draft, or the changes to a submitted plan. */
    public String save() {
        TypedInput input = new TypedInput();
        PlanDraft draft = form.toDraft(input);
        input.check(validation, draft);
        Plan saved = plans.save(id, draft);
        discardWaiting(draft.files());
        Feedback.doneAfterRedirect(saved.getStatus() == PlanStatus.DRAFT ? "plan.saved.draft"
                : "plan.saved.edit", saved.getTitle());
        return "/account/plan?faces-redirect=true&id=" + saved.getId();
    }

    public String submit() {
        TypedInput input = new TypedInput();
        PlanDraft draft = form.toDraft(input);
        input.check(validation, draft, Default.class, PlanDraft.Complete.class);
        Plan submitted = plans.submit(id, draft);
        discardWaiting(draft.files());
        Feedback.doneAfterRedirect("plan.saved.submitted", submitted.getTitle());
        return "/account/plans?faces-redirect=true";
    }

    /** Saves the changes the review asked for and sends the plan back to its reviewer. */
    public String resubmit() {
        TypedInput input = new TypedInput();
        PlanDraft draft = form.toDraft(input);
        input.check(validation, draft, Default.class, PlanDraft.Complete.class);
        Plan resubmitted = plans.resubmit(id, draft);
        discardWaiting(draft.files());
        Feedback.doneAfterRedirect("plan.saved.resubmitted", resubmitted.getTitle());
        return "/account/plans?faces-redirect=true";
    }

    public String withdraw() {
        Plan withdrawn = plans.withdraw(id);
        Feedback.doneAfterRedirect("plan.saved.withdrawn", withdrawn.getTitle());
        return "/account/plans?faces-redirect=true";
    }

    /** The new files are stored with the plan now (or deleted with the draft): their waiting copies go. */
    private void discardWaiting(List<PlanDraft.FileRow> files) {
        files.stream().filter(PlanDraft.FileRow::isNew).forEach(row -> uploads.discard(row.upload()));
    }

    public String deleteDraft() {
        plans.deleteDraft(id);
        discardWaiting(form.getFiles());
        Feedback.doneAfterRedirect("plan.saved.deleted", form.getTitle());
        return "/account/plans?faces-redirect=true";
    }

    /**
     * Checks one uploaded file at once, so the resident hears right away; it waits on disk (streamed there from the
     * request) and is stored when the plan is saved.
     */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        PlanUpload upload;
        try (InputStream content = file.getInputStream()) {
            upload = uploads.receive(file.getFileName(), content);
        }
        if (form.count(upload.kind()) >= upload.kind().maxPerPlan()) {
            uploads.discard(upload);
            throw new DomainException("plan.files.tooMany." + upload.kind().name().toLowerCase(Locale.ROOT),
                    "files", upload.kind().maxPerPlan());
        }
        form.getFiles().add(PlanDraft.FileRow.uploaded(upload));
    }

    public void removeFile(PlanDraft.FileRow row) {
        form.getFiles().remove(row);
        if (row.isNew()) {
            uploads.discard(row.upload());
        }
    }

    public void addCost() {
        form.getCosts().add(new PlanForm.CostRow());
    }

    public void removeCost(PlanForm.CostRow row) {
        form.getCosts().remove(row);
    }

    /** A file size as people read it, e.g. "1.2 MB". */
    public String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " kB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public List<SelectItem> getRoles() {
        return Arrays.stream(SubmitterRole.values())
                .map(role -> new SelectItem(role, Feedback.text(role.messageKey())))
                .toList();
    }

    public List<SelectItem> getThemes() {
        return themes;
    }

    public List<SelectItem> getNeighbourhoods() {
        return neighbourhoods;
    }

    public Money getMaxPlanCost() {
        return maxPlanCost;
    }

    public long getMaxImages() {
        return FileKind.IMAGE.maxPerPlan();
    }

    public long getMaxAttachments() {
        return FileKind.PDF.maxPerPlan();
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    /** The review asked for changes: the plan goes back to its reviewer once they are made. */
    public boolean isChangesRequested() {
        return status == PlanStatus.CHANGES_REQUESTED;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isWithdrawable() {
        return id != null && withdrawable;
    }

    /** A draft that was saved can be deleted (it was never public); a new one is simply left. */
    public boolean isDeletable() {
        return id != null && status == PlanStatus.DRAFT;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Long getId() {
        return id;
    }

    public PlanForm getForm() {
        return form;
    }
}
