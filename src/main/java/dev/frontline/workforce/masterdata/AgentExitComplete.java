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

import dev.frontline.db.enums.AgentStatus;

/**
 * An agent who left needs an exit date on or after the hire date and the exit kind, since turnover is counted from
 * them. Each gap is reported on the field that lacks it.
 */
@Documented
@Constraint(validatedBy = AgentExitComplete.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AgentExitComplete {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AgentExitComplete, AgentDraft> {

        @Override
        public boolean isValid(AgentDraft agent, ConstraintValidatorContext context) {
            if (agent == null || agent.status() != AgentStatus.LEFT) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (agent.exitDate() == null || agent.hireDate() != null && agent.exitDate().isBefore(agent.hireDate())) {
                context.buildConstraintViolationWithTemplate("{agent.exit-date}").addPropertyNode("exitDate")
                        .addConstraintViolation();
                valid = false;
            }
            if (agent.exitKind() == null) {
                context.buildConstraintViolationWithTemplate("{agent.exit-kind}").addPropertyNode("exitKind")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
