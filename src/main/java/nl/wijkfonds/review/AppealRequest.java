package nl.wijkfonds.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;

/** The submitter's appeal against an ineligible decision: why the plan should be admitted after all. */
public record AppealRequest(
        @NotBlank(message = "{review.appeal.reasonRequired}") @Size(max = 2000, message = "{validation.size}")
        @PlainText
        String reason) implements Serializable {
}
