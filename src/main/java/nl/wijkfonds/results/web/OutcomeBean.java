package nl.wijkfonds.results.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.wijkfonds.plan.PendingUploads;
import nl.wijkfonds.plan.PlanUpload;
import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.results.OutcomeService;
import nl.wijkfonds.results.OverrideKind;
import nl.wijkfonds.results.OverrideProposal;
import nl.wijkfonds.results.OverrideRejection;
import nl.wijkfonds.results.OutcomeCase;
import nl.wijkfonds.results.PlanOutcome;
import nl.wijkfonds.results.Progress;
import nl.wijkfonds.results.ProgressReport;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;
import nl.wijkfonds.web.PageIds;
import nl.wijkfonds.web.TypedInput;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One plan's outcome after the count, for officials: the engine's outcome, overrides (propose one; confirm or
 * reject a colleague's) and the progress notes (write one). Each action redirects back to the page.
 */
@Named("outcome")
@ViewScoped
public class OutcomeBean implements Serializable {

    @Inject
    private OutcomeService service;

    @Inject
    private Validation validation;

    @Inject
    private LanguageBean language;

    @Inject
    private PendingUploads uploads;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> idParameter;

    private long planId;
    private transient OutcomeCase outcomeCase;
    private String kind;
    private String reason;
    private String note;
    private String progress;
    private String notedOn;
    private String report;
    private transient Part photo;

    /** Loads the plan named by {@code ?id=}; an unknown, malformed or draft id is a 404. */
    public void load() {
        if (notedOn == null) {
            planId = PageIds.required(idParameter);
            getCase();
            notedOn = LocalDate.now(Clocks.AMSTERDAM).toString();
        }
    }

    public String propose() {
        OverrideProposal command = new OverrideProposal(enumOf(OverrideKind.class, kind), reason);
        validation.check(command);
        service.propose(planId, command);
        return done("results.override.proposed");
    }

    public String confirm() {
        service.confirm(planId);
        return done("results.override.confirmed");
    }

    public String reject() {
        OverrideRejection command = new OverrideRejection(note);
        validation.check(command);
        service.reject(planId, command);
        return done("results.override.rejected");
    }

    /**
     * Saves a progress note. A photo goes through the plan upload inspection only once the note itself is right,
     * and its cleaned file on disk is removed again whatever happens.
     */
    public String report() throws IOException {
        TypedInput input = new TypedInput();
        ProgressReport command = new ProgressReport(enumOf(Progress.class, progress),
                input.date("notedOn", notedOn), report);
        input.check(validation, command);
        PlanUpload upload = null;
        if (photo != null && photo.getSize() > 0) {
            try (InputStream content = photo.getInputStream()) {
                upload = uploads.receive(photo.getSubmittedFileName(), content);
            }
        }
        try {
            service.report(planId, command, upload);
        } finally {
            if (upload != null) {
                uploads.discard(upload);
            }
        }
        return done("results.progress.reported");
    }

    private String done(String key) {
        Feedback.doneAfterRedirect(key, getOutcome().title());
        return "/official/outcome?faces-redirect=true&id=" + planId;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    public PlanOutcome getOutcome() {
        return getCase().outcome();
    }

    public OutcomeCase getCase() {
        if (outcomeCase == null) {
            outcomeCase = service.outcomeCase(planId);
        }
        return outcomeCase;
    }

    public String explanation() {
        return getOutcome().engine().explanation(language.getTag());
    }

    /** The one kind of override that changes something now: drop a plan carried out, or add one that is not. */
    public List<SelectItem> getKinds() {
        OverrideKind possible = getOutcome().isChosen() ? OverrideKind.DROP_WINNER : OverrideKind.ADD_PLAN;
        return List.of(new SelectItem(possible.name(), Feedback.text(possible.messageKey())));
    }

    public List<SelectItem> getProgressOptions() {
        return Arrays.stream(Progress.values()).map(p -> new SelectItem(p.name(), Feedback.text(p.messageKey())))
                .toList();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getNotedOn() {
        return notedOn;
    }

    public void setNotedOn(String notedOn) {
        this.notedOn = notedOn;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }
}
