package dev.frontline.workforce.masterdata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dev.frontline.workforce.masterdata.SiteDraft.LocalHoliday;

/**
 * A site opens before it closes, and has at most one local holiday per date. Reported on the field a planner
 * corrects: the closing time, the holiday list.
 */
@Documented
@Constraint(validatedBy = SiteHoursAndHolidays.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SiteHoursAndHolidays {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SiteHoursAndHolidays, SiteDraft> {

        /** True unless both times are given and the site would close before (or when) it opens. */
        public static boolean opensBeforeCloses(LocalTime opens, LocalTime closes) {
            return opens == null || closes == null || opens.isBefore(closes);
        }

        @Override
        public boolean isValid(SiteDraft site, ConstraintValidatorContext context) {
            if (site == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (!opensBeforeCloses(site.opensAt(), site.closesAt())) {
                context.buildConstraintViolationWithTemplate("{site.error.hours}").addPropertyNode("closesAt")
                        .addConstraintViolation();
                valid = false;
            }
            Set<LocalDate> dates = new HashSet<>();
            for (LocalHoliday holiday : site.localHolidays() == null ? List.<LocalHoliday>of() : site.localHolidays()) {
                if (holiday != null && holiday.date() != null && !dates.add(holiday.date())) {
                    context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("date", holiday.date())
                            .buildConstraintViolationWithTemplate("{site.error.holiday-twice}")
                            .addPropertyNode("localHolidays").addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
