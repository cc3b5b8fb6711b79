package nl.wijkfonds.community;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/**
 * An official's support settings for a round: how many days support stays open after submission closes, and how
 * many supporters a plan needs to enter review (none: every plan enters).
 */
public record SupportRules(
        @NotNull(message = "{validation.required}") @Min(value = 0, message = "{community.supportDays.range}")
        @Max(value = 60, message = "{community.supportDays.range}")
        Integer supportDaysAfter,
        @Min(value = 1, message = "{community.threshold.range}") @Max(value = 100000,
                message = "{community.threshold.range}")
        Integer supportThreshold) implements Serializable {

    /** A round nobody set up: support closes with submission, and every plan enters review. */
    public static SupportRules none() {
        return new SupportRules(0, null);
    }
}
