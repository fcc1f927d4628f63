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

/** A shift template's earliest start may not be after its latest start; reported on the latest start. */
@Documented
@Constraint(validatedBy = ShiftTemplateStartWindow.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ShiftTemplateStartWindow {

    String message() default "{shift-template.window}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ShiftTemplateStartWindow, ShiftTemplateDraft> {

        @Override
        public boolean isValid(ShiftTemplateDraft template, ConstraintValidatorContext context) {
            if (template == null || template.earliestStart() == null || template.latestStart() == null
                    || !template.earliestStart().isAfter(template.latestStart())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("latestStart").addConstraintViolation();
            return false;
        }
    }
}
