package nl.wijkfonds.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.Money;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a resident fills in for a plan. The default constraints hold for every save, drafts included (a draft needs
 * at least a title, and nothing may be too long or look like markup); the {@link Complete} group adds what a plan
 * needs before it can be submitted. Rules about money and the round are the {@link Plan}'s own.
 */
public class PlanForm implements Serializable {

    /** The constraints a plan must also meet to be submitted. */
    public interface Complete {
    }

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.size}")
    @PlainText
    private String title;

    @NotBlank(message = "{validation.required}", groups = Complete.class)
    @Size(max = 300, message = "{validation.size}")
    @PlainText
    private String summary;

    @NotBlank(message = "{validation.required}", groups = Complete.class)
    @Size(max = 10_000, message = "{validation.size}")
    @PlainText
    private String description;

    @NotNull(message = "{validation.required}", groups = Complete.class)
    private Long themeId;

    @NotNull(message = "{validation.required}", groups = Complete.class)
    private Long neighbourhoodId;

    @NotBlank(message = "{validation.required}", groups = Complete.class)
    @Size(max = 200, message = "{validation.size}")
    @PlainText
    private String location;

    @NotNull(message = "{validation.required}", groups = Complete.class)
    private SubmitterRole submitterRole = SubmitterRole.RESIDENT;

    @Size(max = 120, message = "{validation.size}")
    @PlainText
    private String organisationName;

    @NotBlank(message = "{validation.required}", groups = Complete.class)
    @Size(max = 100, message = "{validation.size}")
    @PlainText
    private String contactName;

    @NotBlank(message = "{validation.required}", groups = Complete.class)
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    private String contactEmail;

    @Size(max = 30, message = "{validation.size}")
    @Pattern(regexp = "[0-9 +()-]*", message = "{plan.validation.phone}")
    private String contactPhone;

    @NotEmpty(message = "{plan.validation.costsRequired}", groups = Complete.class)
    @Valid
    private List<CostRow> costs = new ArrayList<>();

    /** The plan's files: those already stored (with an id) that stay, and new uploads. */
    private List<FileRow> files = new ArrayList<>();

    public static PlanForm blank(String contactName, String contactEmail) {
        PlanForm form = new PlanForm();
        form.contactName = contactName;
        form.contactEmail = contactEmail;
        form.costs.add(new CostRow());
        return form;
    }

    /** A line of the cost breakdown as typed; the plan decides whether it is complete. */
    public static class CostRow implements Serializable {

        /** Required when the line has an amount; a wholly empty line is skipped (see {@link Plan}). */
        @Size(max = 120, message = "{validation.size}")
        @PlainText
        private String item;

        private Money amount;

        public CostRow() {
        }

        public CostRow(String item, Money amount) {
            this.item = item;
            this.amount = amount;
        }

        public String getItem() {
            return item;
        }

        public void setItem(String item) {
            this.item = item;
        }

        public Money getAmount() {
            return amount;
        }

        public void setAmount(Money amount) {
            this.amount = amount;
        }
    }

    /** A file of the plan: a stored one ({@code id} set) or a checked upload waiting to be saved with the plan. */
    public record FileRow(Long id, FileKind kind, String fileName, long sizeBytes, PlanUpload upload)
            implements Serializable {

        public static FileRow stored(Long id, FileKind kind, String fileName, long sizeBytes) {
            return new FileRow(id, kind, fileName, sizeBytes, null);
        }

        public static FileRow uploaded(PlanUpload upload) {
            return new FileRow(null, upload.kind(), upload.fileName(), upload.size(), upload);
        }

        public boolean isNew() {
            return id == null;
        }
    }

    /** The sum of the cost lines typed so far (lines without an amount count as zero). */
    public Money getTotal() {
        Money total = Money.ZERO;
        for (CostRow row : costs) {
            if (row.getAmount() != null) {
                total = total.plus(row.getAmount());
            }
        }
        return total;
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

    public List<FileRow> getFiles() {
        return files;
    }
}
