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

import dev.frontline.db.enums.ChannelType;

/**
 * The service goal a queue needs follows its channel, as the database's check constraints say: voice, video and chat
 * a service level (X % in Y s), email, messaging and back office a response goal in hours, chat also a concurrency.
 * Goals of the other kind are not refused (the form hides them; the service drops them). Each missing goal is
 * reported on its own field.
 */
@Documented
@Constraint(validatedBy = QueueGoalFitsChannel.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QueueGoalFitsChannel {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<QueueGoalFitsChannel, QueueDraft> {

        @Override
        public boolean isValid(QueueDraft queue, ConstraintValidatorContext context) {
            if (queue == null || queue.channel() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (QueueDraft.realTime(queue.channel())) {
                Double percent = queue.slTargetPercent();
                valid &= holds(percent != null && percent > 0 && percent <= 100, "slTargetPercent",
                        "{queue.error.sl-percent}", context);
                valid &= holds(queue.slThresholdSeconds() != null && queue.slThresholdSeconds() > 0,
                        "slThresholdSeconds", "{queue.error.sl-seconds}", context);
            } else {
                valid &= holds(queue.responseGoalHours() != null && queue.responseGoalHours() > 0, "responseGoalHours",
                        "{queue.error.response-hours}", context);
            }
            if (queue.channel() == ChannelType.CHAT) {
                Integer concurrency = queue.chatConcurrency();
                valid &= holds(concurrency != null && concurrency >= 1 && concurrency <= 10, "chatConcurrency",
                        "{queue.error.concurrency}", context);
            }
            return valid;
        }

        private static boolean holds(boolean rule, String property, String template, ConstraintValidatorContext context) {
            if (!rule) {
                context.buildConstraintViolationWithTemplate(template).addPropertyNode(property).addConstraintViolation();
            }
            return rule;
        }
    }
}
