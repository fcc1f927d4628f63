package dev.frontline.workforce.masterdata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A whole number that must be one of a few values (a start step of 15, 30 or 60 minutes); null is left to @NotNull. */
@Documented
@Constraint(validatedBy = AllowedValues.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedValues {

    int[] value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AllowedValues, Integer> {

        private int[] allowed;

        @Override
        public void initialize(AllowedValues annotation) {
            allowed = annotation.value().clone();
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || Arrays.stream(allowed).anyMatch(a -> a == value);
        }
    }
}
