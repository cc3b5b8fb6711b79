package nl.wijkfonds.community;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** Degrees of a longitude (WGS 84) to six decimals, about 10 cm: for pins and for the edges of a round's area. */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@DecimalMin("-180")
@DecimalMax("180")
@Digits(integer = 3, fraction = 6)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface Longitude {

    String message() default "{community.pin.longitude}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
