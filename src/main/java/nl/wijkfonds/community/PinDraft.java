package nl.wijkfonds.community;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;

/** Where the submitter places the plan: latitude and longitude in degrees (WGS 84), to six decimals (about 10 cm). */
public record PinDraft(
        @NotNull(message = "{community.pin.required}") @DecimalMin(value = "-90", message = "{community.pin.latitude}")
        @DecimalMax(value = "90", message = "{community.pin.latitude}")
        @Digits(integer = 2, fraction = 6, message = "{community.pin.latitude}")
        BigDecimal latitude,
        @NotNull(message = "{community.pin.required}") @DecimalMin(value = "-180", message = "{community.pin.longitude}")
        @DecimalMax(value = "180", message = "{community.pin.longitude}")
        @Digits(integer = 3, fraction = 6, message = "{community.pin.longitude}")
        BigDecimal longitude) implements Serializable {
}
