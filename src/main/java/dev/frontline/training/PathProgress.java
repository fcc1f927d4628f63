package dev.frontline.training;

import java.time.LocalDate;
import java.util.List;

import dev.frontline.db.enums.EnrolmentStatus;

/**
 * Where an agent stands on a path: courses done out of the path's, the next course to take, and for onboarding with
 * nesting the supervised weeks on the phones that follow the last course.
 *
 * @param phase        TRAINING while a course is open, NESTING in the weeks after the last course, DONE after that
 *                     (or when nothing remains), FAILED when a course of the path was failed and not retaken
 * @param nextCourse   the first course of the path not completed, null when all are
 * @param nestingFrom  the day after the last completion, null without nesting or before the courses are done
 * @param nestingUntil the last day of nesting
 */
public record PathProgress(int done, int total, Phase phase, String nextCourse, LocalDate nestingFrom,
        LocalDate nestingUntil) {

    public enum Phase { TRAINING, NESTING, DONE, FAILED }

    /** One course of the path with the status of the agent's enrolment on it (seen today) and its result date. */
    public record Step(String course, EnrolmentStatus status, LocalDate completedOn) {
    }

    public static PathProgress of(List<Step> steps, int nestingWeeks, LocalDate today) {
        int done = 0;
        String next = null;
        boolean failed = false;
        LocalDate last = null;
        for (Step step : steps) {
            boolean completed = step.status() == EnrolmentStatus.COMPLETED || step.status() == EnrolmentStatus.EXPIRED;
            if (completed) {
                done++;
                last = last == null || step.completedOn().isAfter(last) ? step.completedOn() : last;
            } else {
                failed |= step.status() == EnrolmentStatus.FAILED;
                if (next == null) {
                    next = step.course();
                }
            }
        }
        if (next != null) {
            return new PathProgress(done, steps.size(), failed ? Phase.FAILED : Phase.TRAINING, next, null, null);
        }
        if (nestingWeeks > 0 && last != null) {
            LocalDate from = last.plusDays(1);
            LocalDate until = from.plusWeeks(nestingWeeks).minusDays(1);
            return new PathProgress(done, steps.size(), until.isBefore(today) ? Phase.DONE : Phase.NESTING, null, from,
                    until);
        }
        return new PathProgress(done, steps.size(), Phase.DONE, null, null, null);
    }

    public int percent() {
        return total == 0 ? 100 : (int) Math.round(100.0 * done / total);
    }
}
