package nl.wijkfonds.community;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;

/** Where the submitter places the plan: latitude and longitude in degrees (WGS 84), to six decimals (about 10 cm). */
public record PinDraft(
        @NotNull(message = "{community.pin.required}") @Latitude BigDecimal latitude,
        @NotNull(message = "{community.pin.required}") @Longitude BigDecimal longitude) implements Serializable {
}
