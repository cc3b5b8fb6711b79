package nl.wijkfonds.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;
import java.time.LocalDate;

/** An official's dated note on how far a winning plan has come. */
public record ProgressReport(
        @NotNull(message = "{results.progress.required}") Progress progress,
        @NotNull(message = "{validation.required}") LocalDate notedOn,
        @NotBlank(message = "{results.progress.reportRequired}") @Size(max = 2000, message = "{validation.size}")
        @PlainText
        String report) implements Serializable {
}
