package nl.wijkfonds.plan.web;

import nl.wijkfonds.identity.Account;
import nl.wijkfonds.plan.CostItem;
import nl.wijkfonds.plan.FileKind;
import nl.wijkfonds.plan.Plan;
import nl.wijkfonds.plan.PlanDraft;
import nl.wijkfonds.plan.SubmitterRole;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the resident types into the plan editor, as typed (amounts as text), so that a mistake in one field never
 * loses the others. {@link #toDraft} reads it into the command the service takes.
 */
public class PlanForm implements Serializable {

    private String title;
    private String summary;
    private String description;
    private Long themeId;
    private Long neighbourhoodId;
    private String location;
    private SubmitterRole submitterRole = SubmitterRole.RESIDENT;
    private String organisationName;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private final List<CostRow> costs = new ArrayList<>();
    private final List<PlanDraft.FileRow> files = new ArrayList<>();

    /** A line of the cost breakdown as typed. */
    public static class CostRow implements Serializable {

        private String item;
        private String amount;

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    /** A new plan's form: the resident's own name and address as contact details, and one empty cost line. */
    public static PlanForm blank(Account resident) {
        PlanForm form = new PlanForm();
        form.contactName = resident.getDisplayName();
        form.contactEmail = resident.getEmail();
        form.costs.add(new CostRow());
        return form;
    }

    /** The plan as its editor shows it, amounts in the person's own notation. */
    public static PlanForm of(Plan plan, Locale locale) {
        PlanForm form = new PlanForm();
        form.title = plan.getTitle();
        form.summary = plan.getSummary();
        form.description = plan.getDescription();
        form.themeId = plan.getTheme() == null ? null : plan.getTheme().getId();
        form.neighbourhoodId = plan.getNeighbourhood() == null ? null : plan.getNeighbourhood().getId();
        form.location = plan.getLocation();
        form.submitterRole = plan.getSubmitterRole();
        form.organisationName = plan.getOrganisationName();
        form.contactName = plan.getContactName();
        form.contactEmail = plan.getContactEmail();
        form.contactPhone = plan.getContactPhone();
        for (CostItem cost : plan.getCosts()) {
            CostRow row = new CostRow();
            row.item = cost.getItem();
            row.amount = TypedInput.show(cost.getAmount(), locale);
            form.costs.add(row);
        }
        if (form.costs.isEmpty()) {
            form.costs.add(new CostRow());
        }
        plan.getFiles().forEach(f -> form.files.add(
                PlanDraft.FileRow.stored(f.getId(), f.getKind(), f.getFileName(), f.getSizeBytes())));
        return form;
    }

    /** The command, with every amount that could not be read left out and remembered by {@code input}. */
    public PlanDraft toDraft(TypedInput input) {
        List<PlanDraft.CostLine> lines = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            CostRow row = costs.get(i);
            lines.add(new PlanDraft.CostLine(row.item, input.money("costs[" + i + "].amount", row.amount)));
        }
        return new PlanDraft(title, summary, description, themeId, neighbourhoodId, location, submitterRole,
                organisationName, contactName, contactEmail, contactPhone, lines, files);
    }

    /** The sum of the amounts typed so far that can be read (others count as zero), to show beside the lines. */
    public Money getTotal() {
        TypedInput lenient = new TypedInput();
        return costs.stream().map(row -> lenient.money("total", row.amount))
                .filter(amount -> amount != null)
                .reduce(Money.ZERO, Money::plus);
    }

    public long count(FileKind kind) {
        return files.stream().filter(f -> f.kind() == kind).count();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public void setNeighbourhoodId(Long neighbourhoodId) {
        this.neighbourhoodId = neighbourhoodId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public SubmitterRole getSubmitterRole() {
        return submitterRole;
    }

    public void setSubmitterRole(SubmitterRole submitterRole) {
        this.submitterRole = submitterRole;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public List<CostRow> getCosts() {
        return costs;
    }

    public List<PlanDraft.FileRow> getFiles() {
        return files;
    }
}
