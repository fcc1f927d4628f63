package dev.frontline.capacity;

/**
 * A what-if: changes to the plan's inputs. Null goal fields keep each queue's own goal; a null classroom length keeps
 * the onboarding path's; a null budget means no limit beyond the classrooms.
 *
 * @param attritionPoints     annual turnover moved by these percentage points in every tenure band
 * @param volumePercent       every week's volume moved by this percentage
 * @param ahtPercent          every week's AHT moved by this percentage
 * @param serviceLevelPercent the service-level target of every real-time queue (e.g. 90 for 90/20)
 * @param thresholdSeconds    its threshold
 * @param occupancyCapPercent the occupancy cap of every queue
 * @param classroomWeeks      the onboarding classroom's length in weeks
 * @param hiringBudget        the most hires the optimiser may propose over the plan
 * @param nestingWeeks        the onboarding path's nesting length in weeks (null: the path's own)
 * @param coachingHoursPerWeek hours a week every agent spends off the phones in coaching and training (null: none set
 *                            aside beyond the enrolments)
 */
public record ScenarioLevers(Double attritionPoints, Double volumePercent, Double ahtPercent, Double serviceLevelPercent,
        Integer thresholdSeconds, Double occupancyCapPercent, Integer classroomWeeks, Integer hiringBudget,
        Integer nestingWeeks, Double coachingHoursPerWeek) {

    /** A lever left out (a form's empty field, a JSON body without it) changes nothing. */
    public ScenarioLevers {
        attritionPoints = attritionPoints == null ? Double.valueOf(0) : attritionPoints;
        volumePercent = volumePercent == null ? Double.valueOf(0) : volumePercent;
        ahtPercent = ahtPercent == null ? Double.valueOf(0) : ahtPercent;
    }

    /** The levers of issue 18's first scenarios, without the frontier's nesting and coaching time. */
    public ScenarioLevers(Double attritionPoints, Double volumePercent, Double ahtPercent, Double serviceLevelPercent,
            Integer thresholdSeconds, Double occupancyCapPercent, Integer classroomWeeks, Integer hiringBudget) {
        this(attritionPoints, volumePercent, ahtPercent, serviceLevelPercent, thresholdSeconds, occupancyCapPercent,
                classroomWeeks, hiringBudget, null, null);
    }

    public static final ScenarioLevers NONE = new ScenarioLevers(0.0, 0.0, 0.0, null, null, null, null, null);
}
