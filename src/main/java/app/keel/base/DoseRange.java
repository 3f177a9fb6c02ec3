package app.keel.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The accepted range of each dose value, stated once for every form and service that takes one (exercise defaults,
 * prescriptions). The dosage engine keeps the same limits in plain Java (DoseLimits) for its own inputs.
 */
public final class DoseRange {

    private DoseRange() {
    }

    @Min(1) @Max(20)
    @Constraint(validatedBy = {})
    @ReportAsSingleViolation
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Sets {
        String message() default "Sets: 1 to 20.";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Min(1) @Max(100)
    @Constraint(validatedBy = {})
    @ReportAsSingleViolation
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Reps {
        String message() default "Reps: 1 to 100.";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Min(1) @Max(600)
    @Constraint(validatedBy = {})
    @ReportAsSingleViolation
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface HoldSeconds {
        String message() default "Hold: 1 to 600 seconds.";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Min(0) @Max(600)
    @Constraint(validatedBy = {})
    @ReportAsSingleViolation
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface RestSeconds {
        String message() default "Rest: 0 to 600 seconds.";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Min(1) @Max(240)
    @Constraint(validatedBy = {})
    @ReportAsSingleViolation
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Minutes {
        String message() default "Minutes: 1 to 240.";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Min(1) @Max(24)
    @Constraint(validatedBy = {})
    @ReportAsSingleViolation
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface TimesPerDay {
        String message() default "Times per day: 1 to 24.";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }
}
