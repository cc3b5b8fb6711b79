package nl.wijkfonds.review;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.LocalDate;

/** An official hands a plan to a reviewer, who should decide on it by {@code dueOn}. */
public record Assignment(
        @NotNull(message = "{validation.required}") Long reviewerId,
        @NotNull(message = "{validation.required}") LocalDate dueOn) implements Serializable {
}
