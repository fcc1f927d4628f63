package dev.frontline.roster.engine;

/**
 * An approved day off (leave, fixed day off) on which the agent may not work.
 *
 * @param leave whether the day is the agent's own approved leave or time off (asked for by the agent, not set by the
 *        planner): the minimum consecutive working days and days off do not hold across such a day, as they do not
 *        across the horizon's edges (see {@link RosterConstraintProvider#minConsecutiveDaysOff}). A day off that is
 *        merely blocked (a benchmark's fixed days off, a scenario's time off, a planned course) keeps both rules.
 */
public record TimeOff(Agent agent, int day, String reason, boolean leave) {

    /** A blocked day that keeps the consecutive-day rules ({@code leave} false). */
    public TimeOff(Agent agent, int day, String reason) {
        this(agent, day, reason, false);
    }
}
