package dev.frontline.capacity.engine;

import java.util.List;

/** The weekly plan of every queue, the classes it counts and the figures scenarios are compared on. */
public record CapacityPlan(PlanSettings settings, List<QueuePlan> queues, List<HiringClass> classes, Summary summary) {

    public CapacityPlan {
        queues = List.copyOf(queues);
        classes = List.copyOf(classes);
    }

    /**
     * @param averageRequiredFte  mean over the weeks of the FTE all queues require together
     * @param peakRequiredFte     the largest week's total
     * @param hires               people in the classes
     * @param hireFteWeeks        the classes' cost: expected hires employed (in the classroom or on the phones) summed
     *                            over the plan's weeks
     * @param weeksBelowGoal      queue-weeks whose supply falls short of the requirement
     * @param shortfallFteWeeks   the shortfalls summed over queues and weeks
     * @param expectedServiceLevel volume-weighted service level of the real-time queues at the expected supply, or NaN
     *                            when the plan has none
     */
    public record Summary(double averageRequiredFte, double peakRequiredFte, int hires, double hireFteWeeks,
            int weeksBelowGoal, double shortfallFteWeeks, double expectedServiceLevel) {
    }
}
