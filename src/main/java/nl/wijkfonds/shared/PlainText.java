package nl.wijkfonds.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that must not look like markup: no {@code <} directly followed by a letter, slash, '!' or '?'. A plain
 * "a < b" is fine. Pages escape all text anyway; refusing tags tells the person early instead of showing them
 * their own markup back.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "(?s)(?!.*<[A-Za-z/!?]).*")
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@jakarta.validation.ReportAsSingleViolation
public @interface PlainText {

    String message() default "{validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
