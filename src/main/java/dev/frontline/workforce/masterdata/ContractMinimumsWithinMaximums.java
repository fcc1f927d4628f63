package dev.frontline.workforce.masterdata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A contract's minimum weekly time and minimum run of working days may not exceed their maximums. Each broken pair
 * is reported on the minimum's component, the field a planner corrects.
 */
@Documented
@Constraint(validatedBy = ContractMinimumsWithinMaximums.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ContractMinimumsWithinMaximums {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ContractMinimumsWithinMaximums, ContractDraft> {

        @Override
        public boolean isValid(ContractDraft contract, ConstraintValidatorContext context) {
            if (contract == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (above(contract.minMinutesPerWeek(), contract.maxMinutesPerWeek())) {
                context.buildConstraintViolationWithTemplate("{contract.min-minutes}")
                        .addPropertyNode("minMinutesPerWeek").addConstraintViolation();
                valid = false;
            }
            if (above(contract.minConsecutiveWorkingDays(), contract.maxConsecutiveWorkingDays())) {
                context.buildConstraintViolationWithTemplate("{contract.min-days}")
                        .addPropertyNode("minConsecutiveWorkingDays").addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        /**
         * Both maximums must be at least 1 by their own rule; a maximum below that is one mistake, reported on the
         * maximum, not a second one on the minimum.
         */
        private static boolean above(Integer minimum, Integer maximum) {
            return minimum != null && maximum != null && maximum >= 1 && minimum > maximum;
        }
    }
}
