package nl.wijkfonds.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;

/** What a resident writes: plain text with line breaks; {@code replyTo} names the comment it answers, or null. */
public record CommentDraft(
        @NotBlank(message = "{community.comment.required}") @Size(max = 2000, message = "{validation.size}")
        @PlainText
        String body,
        Long replyTo) implements Serializable {
}
