package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Required and unmet agent-hours of a roster, with each interval's agents allocated to their queues as the score does
 * ({@link SkillAllocation}), before and after breaks. Undercoverage = unmet required agent-hours / required
 * agent-hours. The figure callers feel is after breaks ({@link #undercoverageAfterBreaksPercent()}, what the score
 * counts); the before-breaks figure ({@link #undercoveragePercent()}) sits beside it to show what the breaks cost.
 *
 * @param unmetAgentHours unmet required agent-hours with whole shifts at work (before breaks)
 * @param overAgentHours agent-hours at work beyond every requirement met, before breaks (idle capacity)
 * @param unmetAgentHoursAfterBreaks unmet required agent-hours with breaks and lunches taken out
 * @param overAgentHoursAfterBreaks agent-hours beyond the requirement after breaks
 * @param shortfalls the interval demands short after breaks, as the score counts them
 */
public record CoverageReport(double requiredAgentHours, double unmetAgentHours, double overAgentHours,
        double unmetAgentHoursAfterBreaks, double overAgentHoursAfterBreaks, List<IntervalGap> shortfalls) {

    private static final double HOURS_PER_MILLI_INTERVAL = DemandIndex.INTERVAL_MINUTES / 60.0 / 1000.0;

    /**
     * An interval demand with less supply than required (after breaks); {@code suppliedMilli} is the part of the
     * requirement met, in thousandths of an agent.
     */
    public record IntervalGap(IntervalDemand demand, long suppliedMilli) {

        public long shortMilli() {
            return demand.requiredMilli() - suppliedMilli;
        }
    }

    public static CoverageReport of(Roster roster) {
        CoverageTally before = CoverageTally.of(roster, false);
        CoverageTally after = CoverageTally.of(roster, true);
        double required = 0;
        double unmet = 0;
        double over = 0;
        double unmetAfter = 0;
        double overAfter = 0;
        List<IntervalGap> shortfalls = new ArrayList<>();
        for (IntervalDemand demand : roster.getIntervalDemands()) {
            long whole = before.met(demand);
            long present = after.met(demand);
            required += demand.requiredMilli() * HOURS_PER_MILLI_INTERVAL;
            unmet += Math.max(0, demand.requiredMilli() - whole) * HOURS_PER_MILLI_INTERVAL;
            unmetAfter += Math.max(0, demand.requiredMilli() - present) * HOURS_PER_MILLI_INTERVAL;
            if (present < demand.requiredMilli()) {
                shortfalls.add(new IntervalGap(demand, present));
            }
        }
        for (int t = 0; t < roster.getDemandIndex().horizonIntervals(); t++) {
            over += before.idleMilli(t) * HOURS_PER_MILLI_INTERVAL;
            overAfter += after.idleMilli(t) * HOURS_PER_MILLI_INTERVAL;
        }
        return new CoverageReport(required, unmet, over, unmetAfter, overAfter, List.copyOf(shortfalls));
    }

    /**
     * What the sessions cost the roster in coverage: the required agent-hours after breaks left unmet with them as
     * placed, less with their people on the phones in those hours instead (the sessions unplaced, every shift kept).
     * The sessions are put back as they were.
     */
    public static double trainingCostAfterBreaks(Roster roster, Collection<TrainingSession> sessions) {
        if (sessions.stream().noneMatch(TrainingSession::isPlaced)) {
            return 0;
        }
        double withThem = of(roster).unmetAgentHoursAfterBreaks();
        List<TrainingSession> placed = sessions.stream().filter(TrainingSession::isPlaced).toList();
        List<TrainingSlot> slots = placed.stream().map(TrainingSession::getSlot).toList();
        try {
            placed.forEach(s -> s.setSlot(null));
            return withThem - of(roster).unmetAgentHoursAfterBreaks();
        } finally {
            for (int k = 0; k < placed.size(); k++) {
                placed.get(k).setSlot(slots.get(k));
            }
        }
    }

    /**
     * Thousandths of an agent each interval demand gets after breaks, as the score allocates the agents present (up
     * to its requirement: capacity beyond every requirement belongs to no queue in particular).
     */
    public static Map<IntervalDemand, Long> metAfterBreaks(Roster roster) {
        CoverageTally after = CoverageTally.of(roster, true);
        Map<IntervalDemand, Long> met = new IdentityHashMap<>();
        for (IntervalDemand demand : roster.getIntervalDemands()) {
            met.put(demand, after.met(demand));
        }
        return met;
    }

    /** Unmet share of the required agent-hours before breaks, in percent; 0 when nothing is required. */
    public double undercoveragePercent() {
        return requiredAgentHours == 0 ? 0 : 100.0 * unmetAgentHours / requiredAgentHours;
    }

    /** Unmet share of the required agent-hours after breaks and lunches, in percent: the figure the score counts. */
    public double undercoverageAfterBreaksPercent() {
        return requiredAgentHours == 0 ? 0 : 100.0 * unmetAgentHoursAfterBreaks / requiredAgentHours;
    }
}
