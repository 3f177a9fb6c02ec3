package app.keel.logbook;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A 0–10 score (pain on the NPRS, effort, sleep, stress, …), checked the same way everywhere it is taken. */
@Min(0) @Max(10)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Score {
    String message() default "Choose a number from 0 to 10.";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
}
