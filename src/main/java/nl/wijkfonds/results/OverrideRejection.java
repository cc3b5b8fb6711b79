package nl.wijkfonds.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;

/** Why the second official does not let a proposed override take effect. */
public record OverrideRejection(
        @NotBlank(message = "{results.override.noteRequired}") @Size(max = 1000, message = "{validation.size}")
        @PlainText
        String note) implements Serializable {
}
