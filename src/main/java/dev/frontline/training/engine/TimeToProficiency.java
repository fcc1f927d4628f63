package dev.frontline.training.engine;

import java.util.List;

/**
 * How long a path takes to make an agent proficient: the median days from enrolment to the last course among the
 * agents who finished it, then the weeks the learning curve needs to bring the level the path leaves them at
 * ({@code startLevel}: the nesting level, or the proficiency of the path's last course that grants a skill) to
 * {@value LearningCurve#PROFICIENT} of full. A path that grants no skill is done when its courses are.
 *
 * @param finished      agents who finished the path
 * @param courseDays    median days from enrolment to the last completion (null when nobody finished)
 * @param startLevel    the level the ramp starts from (null: the path grants no skill)
 * @param rampWeeks     weeks of the curve from {@code startLevel} (0 without one)
 * @param totalWeeks    course days in weeks plus the ramp (null when nobody finished)
 */
public record TimeToProficiency(int finished, Double courseDays, Double startLevel, double rampWeeks,
                                Double totalWeeks) {

    public static TimeToProficiency of(List<Integer> daysToFinish, Double startLevel, LearningCurve curve, double full) {
        double ramp = startLevel == null ? 0 : curve.weeksToProficient(startLevel, full);
        Double median = median(daysToFinish);
        return new TimeToProficiency(daysToFinish.size(), median, startLevel, ramp,
                median == null ? null : median / 7 + ramp);
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
