package dev.frontline.selfservice.inbox;

/**
 * What granting a request does to coverage on its days, measured on the published roster with the score's own
 * after-breaks allocation: unmet required agent-hours as the roster stands and with the request granted, and the
 * headroom, the fewest spare agents (present beyond every requirement) in any interval the request takes someone out
 * of. {@code rosterVersionId} null: no published roster covers the days, so the impact is unknown.
 *
 * @param agentHours the scheduled hours the request takes out (or moves), after breaks
 */
public record CoverageImpact(Long rosterVersionId, double agentHours, double unmetHoursBefore, double unmetHoursAfter,
        double headroomAgents) {

    /** Less than a minute of one agent counts as no change (the allocation rounds to thousandths of an agent). */
    private static final double TOLERANCE_HOURS = 1.0 / 60;

    public static CoverageImpact unknown() {
        return new CoverageImpact(null, 0, 0, 0, 0);
    }

    /** No scheduled hours touched (a day off, a day without a shift): granting it changes no coverage. */
    public static CoverageImpact none(long rosterVersionId, double unmetHours) {
        return new CoverageImpact(rosterVersionId, 0, unmetHours, unmetHours, Double.POSITIVE_INFINITY);
    }

    public boolean known() {
        return rosterVersionId != null;
    }

    /** Unmet agent-hours the request adds (never negative). */
    public double addedUnmetHours() {
        return Math.max(0, unmetHoursAfter - unmetHoursBefore);
    }

    /** The coverage stays within the goal: the published roster covers every interval it covered before. */
    public boolean keepsCoverage() {
        return known() && addedUnmetHours() < TOLERANCE_HOURS;
    }
}
