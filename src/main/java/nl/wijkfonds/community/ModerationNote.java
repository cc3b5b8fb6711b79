package nl.wijkfonds.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;

/** Why someone reports a comment, or why a moderator hides it (the public reads the latter in its place). */
public record ModerationNote(
        @NotBlank(message = "{community.moderation.reasonRequired}") @Size(max = 500, message = "{validation.size}")
        @PlainText
        String reason) implements Serializable {
}
