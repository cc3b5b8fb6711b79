package nl.wijkfonds.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;

/** Why the second official sends a proposed decision back to the reviewer instead of confirming it. */
public record ReturnNote(
        @NotBlank(message = "{review.returnNote.required}") @Size(max = 1000, message = "{validation.size}") @PlainText
        String note) implements Serializable {
}
