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
import java.util.List;

/**
 * What a resident writes for a plan: the command to save, edit or submit it. The default constraints hold for every
 * save, drafts included (a draft needs at least a title, and nothing may be too long or look like markup); the
 * {@link Complete} group adds what a plan needs before it can be submitted. Rules about money, files and the round
 * are the {@link Plan}'s own.
 */
public record PlanDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size}") @PlainText
        String title,
        @NotBlank(message = "{validation.required}", groups = Complete.class)
        @Size(max = 300, message = "{validation.size}") @PlainText
        String summary,
        @NotBlank(message = "{validation.required}", groups = Complete.class)
        @Size(max = 10_000, message = "{validation.size}") @PlainText
        String description,
        @NotNull(message = "{validation.required}", groups = Complete.class)
        Long themeId,
        @NotNull(message = "{validation.required}", groups = Complete.class)
        Long neighbourhoodId,
        @NotBlank(message = "{validation.required}", groups = Complete.class)
        @Size(max = 200, message = "{validation.size}") @PlainText
        String location,
        @NotNull(message = "{validation.required}", groups = Complete.class)
        SubmitterRole submitterRole,
        @Size(max = 120, message = "{validation.size}") @PlainText
        String organisationName,
        @NotBlank(message = "{validation.required}", groups = Complete.class)
        @Size(max = 100, message = "{validation.size}") @PlainText
        String contactName,
        @NotBlank(message = "{validation.required}", groups = Complete.class)
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.size}")
        String contactEmail,
        @Size(max = 30, message = "{validation.size}")
        @Pattern(regexp = "[0-9 +()-]*", message = "{plan.validation.phone}")
        String contactPhone,
        @NotEmpty(message = "{plan.validation.costsRequired}", groups = Complete.class) @Valid
        List<CostLine> costs,
        List<FileRow> files) implements Serializable {

    public PlanDraft {
        costs = List.copyOf(costs);
        files = List.copyOf(files);
    }

    /** The constraints a plan must also meet to be submitted. */
    public interface Complete {
    }

    /** A line of the cost breakdown; the plan decides whether it is complete (a wholly empty line is skipped). */
    public record CostLine(@Size(max = 120, message = "{validation.size}") @PlainText String item, Money amount)
            implements Serializable {

        boolean isEmpty() {
            return (item == null || item.isBlank()) && amount == null;
        }
    }

    /** A file of the plan: a stored one ({@code id} set) that stays, or a checked upload to store with the plan. */
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

    public long count(FileKind kind) {
        return files.stream().filter(f -> f.kind() == kind).count();
    }
}
