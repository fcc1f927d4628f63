package dev.frontline.training.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An agent's proficiency on a skill for a date, from the level they hold and where its learning curve started:
 * <ul>
 *   <li>a skill gained by a course at level {@code p0} and still held at that level rises along the curve toward
 *   {@code full}: {@code p0 + (full - p0)·learnt(weeks since the gain)}; a level changed since the gain (a planner's
 *   edit, a later course) is taken as it is;</li>
 *   <li>a new hire on an onboarding path with nesting counts at the nesting level while the path's courses are open
 *   and from the day after the last one rises from it along the same curve toward the level they hold (never
 *   above);</li>
 *   <li>otherwise the level held.</li>
 * </ul>
 */
public final class SkillRamp {

    /** Where a skill's curve started: a gain at a level, or the nesting of an onboarding path. */
    public sealed interface Start permits Gain, Nesting {
    }

    /** A course's gain of the skill on {@code on} at {@code level}. */
    public record Gain(LocalDate on, double level) implements Start {
    }

    /** Onboarding with nesting at {@code level}; {@code from} the day after the last course, or null while open. */
    public record Nesting(LocalDate enrolledOn, LocalDate from, double level) implements Start {
    }

    /** The proficiency and why: {@code start} is null when the level held is used as it is. */
    public record OnDate(double proficiency, double held, Start start, double weeks) {
    }

    private final LearningCurve curve;
    private final double full;

    public SkillRamp(LearningCurve curve, double full) {
        if (!(full > 0 && full <= 1)) {
            throw new IllegalArgumentException("full proficiency must be in (0, 1], not " + full);
        }
        this.curve = curve;
        this.full = full;
    }

    public LearningCurve curve() {
        return curve;
    }

    /** The proficiency on {@code date} of a skill held at {@code held}, whose curve started at {@code start}. */
    public OnDate on(LocalDate date, double held, Start start) {
        if (start instanceof Gain gain && !date.isBefore(gain.on()) && Math.abs(held - gain.level()) < 0.005) {
            double weeks = ChronoUnit.DAYS.between(gain.on(), date) / 7.0;
            return new OnDate(curve.proficiency(gain.level(), Math.max(full, held), weeks), held, start, weeks);
        }
        if (start instanceof Nesting nesting && !date.isBefore(nesting.enrolledOn()) && nesting.level() < held) {
            if (nesting.from() == null || date.isBefore(nesting.from())) {
                return new OnDate(nesting.level(), held, start, 0);
            }
            double weeks = ChronoUnit.DAYS.between(nesting.from(), date) / 7.0;
            return new OnDate(Math.min(held, curve.proficiency(nesting.level(), held, weeks)), held, start, weeks);
        }
        return new OnDate(held, held, null, 0);
    }
}
