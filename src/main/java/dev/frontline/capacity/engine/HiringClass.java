package dev.frontline.capacity.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.frontline.shared.text.Phrase;

/**
 * A class of new hires for one queue at a site: {@code size} people starting on {@code start} (a Monday), in the
 * classroom for the path's classroom weeks, then nesting. A hire counts towards supply from the week their classroom
 * ends, at the nesting proficiency, and may leave from the first day with the attrition of a new starter.
 */
public record HiringClass(String queueCode, String siteCode, LocalDate start, int size, OnboardingPath path,
        boolean proposed) {

    public HiringClass {
        if (start == null || start.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new CapacityInputException("start", start == null ? Phrase.of("capacity.error.start-required")
                    : Phrase.of("capacity.error.start-monday", start));
        }
        if (size < 1) {
            throw new CapacityInputException("size", Phrase.of("capacity.error.size-positive"));
        }
        if (size > path.roomSeats()) {
            throw new CapacityInputException("size", Phrase.of("capacity.error.size-room", size, path.roomSeats()));
        }
    }

    /** The first day on the phones: the day after the classroom weeks. */
    public LocalDate onPhonesFrom() {
        return start.plusWeeks(path.classroomWeeks());
    }

    /** What one hire gives on {@code date} (proficiency × chance of still being employed), in FTE. */
    public double ftePerHire(LocalDate date, AttritionModel attrition, AttritionModel.Bound bound) {
        double p = SupplyAgent.Ramp.proficiency(onPhonesFrom(), path.nestingProficiency(), path.nestingWeeks(), 1.0, date);
        if (p == 0) {
            return 0;
        }
        return p * attrition.survival(0, ChronoUnit.DAYS.between(start, date), bound);
    }

    /** Expected hires still employed on {@code date}, on the phones or not. */
    public double employedOn(LocalDate date, AttritionModel attrition) {
        if (date.isBefore(start)) {
            return 0;
        }
        return size * attrition.survival(0, ChronoUnit.DAYS.between(start, date), AttritionModel.Bound.EXPECTED);
    }
}
