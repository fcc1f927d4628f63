package dev.frontline.roster.engine;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Under-coverage of a solved roster after the breaks and lunches {@link BreakPlanner} places: each break takes the
 * agent's supply out of the intervals it spans, the way the planner itself counts it. This is what callers get, next
 * to {@link CoverageReport}'s figure before breaks.
 */
public record AfterBreaksCoverage(double requiredAgentHours, double unmetAgentHours) {

    public static AfterBreaksCoverage of(Roster roster) {
        return of(roster, BreakPlanner.plan(roster));
    }

    public static AfterBreaksCoverage of(Roster roster, List<BreakPlanner.PlannedBreak> breaks) {
        Map<IntervalDemand, Long> supplied = new IdentityHashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            for (Supply supply : agentDay.getSupplies()) {
                supplied.merge(supply.demand(), (long) supply.milli(), Long::sum);
            }
        }
        for (BreakPlanner.PlannedBreak planned : breaks) {
            int from = planned.startMinute() / DemandIndex.INTERVAL_MINUTES;
            int to = (planned.startMinute() + planned.minutes()) / DemandIndex.INTERVAL_MINUTES;
            for (Supply supply : roster.agentDay(planned.agentId(), planned.day()).getSupplies()) {
                if (supply.demand().interval() >= from && supply.demand().interval() < to) {
                    supplied.merge(supply.demand(), (long) -supply.milli(), Long::sum);
                }
            }
        }
        double hoursPerMilliInterval = DemandIndex.INTERVAL_MINUTES / 60.0 / 1000.0;
        double required = 0;
        double unmet = 0;
        for (IntervalDemand demand : roster.getIntervalDemands()) {
            required += demand.requiredMilli() * hoursPerMilliInterval;
            unmet += Math.max(0, demand.requiredMilli() - supplied.getOrDefault(demand, 0L)) * hoursPerMilliInterval;
        }
        return new AfterBreaksCoverage(required, unmet);
    }

    /** Unmet share of the required agent-hours in percent; 0 when nothing is required. */
    public double undercoveragePercent() {
        return requiredAgentHours == 0 ? 0 : 100.0 * unmetAgentHours / requiredAgentHours;
    }
}
