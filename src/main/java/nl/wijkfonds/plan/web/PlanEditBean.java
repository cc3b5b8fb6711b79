package nl.wijkfonds.plan.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.plan.FileKind;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanForm;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.plan.PlanUpload;
import nl.wijkfonds.plan.SubmitterRole;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.Role;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The resident's form to write a plan, save it as a draft, submit it, edit it or withdraw it. */
@Named("planEdit")
@ViewScoped
public class PlanEditBean implements Serializable {

    static final String FORM = "plan";

    @Inject
    private PlanService plans;

    @Inject
    private LanguageBean language;

    private Long id;
    private PlanForm form;
    private PlanStatus status;
    private boolean editable;
    private boolean withdrawable;
    private List<Option> themes = List.of();
    private List<Option> neighbourhoods = List.of();
    private Money maxPlanCost;

    /** Loads the resident's plan named by the {@code id} parameter, or starts a new one in the open round. */
    public void load() {
        if (form != null || status != null) {
            return;
        }
        // The view's locale is only set when it renders; messages from loading must already be in the right language.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.getLocale());
        try {
            if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.RESIDENT)) {
                throw new DomainException("plan.residentsOnly");
            }
            if (id == null) {
                Round round = plans.roundOpenForPlans().orElseThrow(() -> new DomainException("plan.phase.closed"));
                form = plans.blankForm();
                status = PlanStatus.DRAFT;
                editable = true;
                describe(round);
            } else {
                Plan plan = plans.own(id);
                form = plan.toForm();
                if (form.getCosts().isEmpty()) {
                    form.getCosts().add(new PlanForm.CostRow());
                }
                status = plan.getStatus();
                editable = plan.isEditable();
                withdrawable = plan.isWithdrawable();
                describe(plan.getRound());
            }
        } catch (DomainException refused) {
            status = PlanStatus.DRAFT;
            form = null;
            Feedback.refused(refused, FORM);
        }
    }

    private void describe(Round round) {
        themes = round.getThemes().stream().map(t -> new Option(t.getId(), t.getName())).toList();
        neighbourhoods = round.getNeighbourhoods().stream().map(n -> new Option(n.getId(), n.getName())).toList();
        maxPlanCost = round.getMaxPlanCost();
    }

    /** Saves a draft, or the changes to a submitted plan. */
    public String save() {
        try {
            Plan saved = plans.save(id, form);
            Feedback.doneAfterRedirect(saved.getStatus() == PlanStatus.SUBMITTED ? "plan.saved.edit"
                    : "plan.saved.draft", saved.getTitle());
            return "/account/plan?faces-redirect=true&id=" + saved.getId();
        } catch (DomainException refused) {
            Feedback.refused(refused, FORM);
            return null;
        }
    }

    public String submit() {
        try {
            Plan submitted = plans.submit(id, form);
            Feedback.doneAfterRedirect("plan.saved.submitted", submitted.getTitle());
            return "/account/plans?faces-redirect=true";
        } catch (DomainException refused) {
            Feedback.refused(refused, FORM);
            return null;
        }
    }

    public String withdraw() {
        try {
            Plan withdrawn = plans.withdraw(id);
            Feedback.doneAfterRedirect("plan.saved.withdrawn", withdrawn.getTitle());
            return "/account/plans?faces-redirect=true";
        } catch (DomainException refused) {
            Feedback.refused(refused, FORM);
            return null;
        }
    }

    /** Checks one uploaded file at once, so the resident hears right away; it is stored when the plan is saved. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            PlanUpload upload = plans.inspect(file.getFileName(), file.getContent());
            if (form.count(upload.kind()) >= upload.kind().maxPerPlan()) {
                throw new DomainException("plan.files.tooMany." + upload.kind().name().toLowerCase(Locale.ROOT),
                        "files", upload.kind().maxPerPlan());
            }
            form.getFiles().add(PlanForm.FileRow.uploaded(upload));
        } catch (DomainException refused) {
            Feedback.refused(refused, FORM);
        }
    }

    public void removeFile(PlanForm.FileRow row) {
        form.getFiles().remove(row);
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

    public SubmitterRole[] getRoles() {
        return SubmitterRole.values();
    }

    public List<Option> getThemes() {
        return themes;
    }

    public List<Option> getNeighbourhoods() {
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

    public boolean isEditable() {
        return editable;
    }

    public boolean isWithdrawable() {
        return id != null && withdrawable;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanForm getForm() {
        return form;
    }
}
