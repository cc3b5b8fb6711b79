package nl.wijkfonds.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;

/** An official proposes to change the published outcome for a plan, and writes why: residents read the reason. */
public record OverrideProposal(
        @NotNull(message = "{results.override.kindRequired}") OverrideKind kind,
        @NotBlank(message = "{results.override.reasonRequired}") @Size(max = 2000, message = "{validation.size}")
        @PlainText
        String reason) implements Serializable {
}
