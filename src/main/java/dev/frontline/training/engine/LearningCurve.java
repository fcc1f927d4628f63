package dev.frontline.training.engine;

/**
 * A learning curve: how far a newly skilled agent has closed the gap to an experienced agent after some weeks.
 * Relative handle time (the agent's AHT over experienced agents' AHT on the same work) follows
 * {@code r(w) = 1 + a·g(w)}, where {@code a} is the extra handle time on the first day and {@code g} falls from 1
 * to 0: {@code exp(-w/τ)} ({@link Form#EXPONENTIAL}) or {@code (1 + w)^-b} ({@link Form#POWER}). The share of the gap
 * closed after {@code w} weeks is {@code 1 - g(w)}, so a skill gained at proficiency {@code p0} stands at
 * {@code p0 + (1 - p0)(1 - g(w))}.
 *
 * @param initialExtra {@code a}: extra handle time on the first day, as a share (0.45 = 45 % slower)
 * @param shape        τ in weeks (exponential) or the exponent b (power); positive
 */
public record LearningCurve(Form form, double initialExtra, double shape) {

    public enum Form { EXPONENTIAL, POWER }

    /** The share of the gap still open reached when a skill counts as learnt (95 % of the way). */
    public static final double PROFICIENT = 0.95;

    public LearningCurve {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("the curve's shape must be positive, not " + shape);
        }
        if (!(initialExtra >= 0) || Double.isInfinite(initialExtra)) {
            throw new IllegalArgumentException("the initial extra handle time must be 0 or more, not " + initialExtra);
        }
    }

    /** A configured exponential curve that is {@value #PROFICIENT} of the way after {@code weeks}. */
    public static LearningCurve configured(double weeksToProficient, double initialExtra) {
        if (!(weeksToProficient > 0)) {
            throw new IllegalArgumentException("weeks to proficiency must be positive, not " + weeksToProficient);
        }
        return new LearningCurve(Form.EXPONENTIAL, initialExtra, weeksToProficient / -Math.log(1 - PROFICIENT));
    }

    /** g(w): the share of the gap still open after {@code weeks} (1 on the first day). */
    public double remaining(double weeks) {
        double w = Math.max(0, weeks);
        return form == Form.EXPONENTIAL ? Math.exp(-w / shape) : Math.pow(1 + w, -shape);
    }

    /** The share of the gap closed after {@code weeks}: 0 on the first day, rising toward 1. */
    public double learnt(double weeks) {
        return 1 - remaining(weeks);
    }

    /** Handle time relative to an experienced agent after {@code weeks}. */
    public double relativeAht(double weeks) {
        return 1 + initialExtra * remaining(weeks);
    }

    /** Proficiency after {@code weeks} of a skill gained at {@code start}, rising toward {@code full}. */
    public double proficiency(double start, double full, double weeks) {
        if (start >= full) {
            return start;
        }
        return start + (full - start) * learnt(weeks);
    }

    /** Weeks until the share {@code learnt} of the gap is closed (0 for 0 or less). */
    public double weeksToLearn(double learnt) {
        if (learnt <= 0) {
            return 0;
        }
        if (learnt >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return form == Form.EXPONENTIAL ? -shape * Math.log(1 - learnt) : Math.pow(1 - learnt, -1 / shape) - 1;
    }

    /**
     * Weeks until a skill gained at {@code start} reaches {@value #PROFICIENT} of {@code full}: 0 when it starts
     * there.
     */
    public double weeksToProficient(double start, double full) {
        double target = PROFICIENT * full;
        if (start >= target) {
            return 0;
        }
        return weeksToLearn((target - start) / (full - start));
    }
}
