package dev.frontline.capacity;

import java.time.LocalDate;

/**
 * A what-if: changes to the plan's inputs. Null goal fields keep each queue's own goal; a null classroom or onboarding
 * length keeps the onboarding path's; a null budget means no limit beyond the classrooms; a null home share keeps the
 * centre's; no cross-skilling without both a number of agents and a date.
 *
 * @param attritionPoints     annual turnover moved by these percentage points in every tenure band
 * @param volumePercent       every week's volume moved by this percentage
 * @param ahtPercent          every week's AHT moved by this percentage
 * @param serviceLevelPercent the service-level target of every real-time queue (e.g. 90 for 90/20)
 * @param thresholdSeconds    its threshold
 * @param occupancyCapPercent the occupancy cap of every queue
 * @param classroomWeeks      the onboarding classroom's length in weeks
 * @param hiringBudget        the most hires the optimiser may propose over the plan
 * @param homeSharePercent    the share of work done from home, which frees office seats
 * @param onboardingWeeks     weeks from a class's first day to full proficiency: classroom plus nesting (3 vs 5)
 * @param crossSkillAgents    voice agents who gain chat on {@code crossSkillFrom} (a Monday), ramping up on it
 * @param nestingWeeks        the onboarding path's nesting length in weeks (null: the path's own or the one
 *                            {@code onboardingWeeks} leaves)
 * @param coachingHoursPerWeek hours a week every agent spends off the phones in coaching and training (null: none set
 *                            aside beyond the enrolments)
 */
public record ScenarioLevers(Double attritionPoints, Double volumePercent, Double ahtPercent, Double serviceLevelPercent,
        Integer thresholdSeconds, Double occupancyCapPercent, Integer classroomWeeks, Integer hiringBudget,
        Double homeSharePercent, Integer onboardingWeeks, Integer crossSkillAgents, LocalDate crossSkillFrom,
        Integer nestingWeeks, Double coachingHoursPerWeek) {

    /** A lever left out (a form's empty field, a JSON body without it) changes nothing. */
    public ScenarioLevers {
        attritionPoints = attritionPoints == null ? Double.valueOf(0) : attritionPoints;
        volumePercent = volumePercent == null ? Double.valueOf(0) : volumePercent;
        ahtPercent = ahtPercent == null ? Double.valueOf(0) : ahtPercent;
    }

    /** The levers of the first what-ifs, without home work, onboarding length, cross-skilling, nesting or coaching. */
    public ScenarioLevers(Double attritionPoints, Double volumePercent, Double ahtPercent, Double serviceLevelPercent,
            Integer thresholdSeconds, Double occupancyCapPercent, Integer classroomWeeks, Integer hiringBudget) {
        this(attritionPoints, volumePercent, ahtPercent, serviceLevelPercent, thresholdSeconds, occupancyCapPercent,
                classroomWeeks, hiringBudget, null, null, null, null, null, null);
    }

    public static final ScenarioLevers NONE = new ScenarioLevers(0.0, 0.0, 0.0, null, null, null, null, null);

    /** True when the scenario cross-skills a cohort. */
    public boolean crossSkills() {
        return crossSkillAgents != null && crossSkillAgents > 0;
    }
}
