package dev.frontline.staffing.engine;

/**
 * Agents required in one interval, the figures they achieve, the scheduled heads after shrinkage and why.
 *
 * @param label              what the interval is called in the explanation (e.g. "10:15"), may be empty
 * @param agents             fewest agents meeting every goal
 * @param metrics            what those agents achieve
 * @param scheduled          heads to schedule after shrinkage
 * @param bindingConstraint  the goal that one agent fewer would miss ("service level", "ASA", "occupancy"), or
 *                           "none" when no contacts are offered
 */
public record StaffingRequirement(String label, int agents, QueueMetrics metrics, Shrinkage.ScheduledStaff scheduled,
                                  String bindingConstraint, Explanation explanation) {
}
