package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Required and unmet agent-hours of a roster under the engine's multi-skill rule (see {@link DemandIndex}).
 * Undercoverage = unmet required agent-hours / required agent-hours.
 */
public record CoverageReport(double requiredAgentHours, double unmetAgentHours, double overAgentHours,
        List<IntervalGap> shortfalls) {

    /** An interval demand with less supply than required, in thousandths of an agent. */
    public record IntervalGap(IntervalDemand demand, long suppliedMilli) {

        public long shortMilli() {
            return demand.requiredMilli() - suppliedMilli;
        }
    }

    public static CoverageReport of(Roster roster) {
        Map<IntervalDemand, Long> supplied = new IdentityHashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            for (Supply supply : agentDay.getSupplies()) {
                supplied.merge(supply.demand(), (long) supply.milli(), Long::sum);
            }
        }
        double hoursPerMilliInterval = DemandIndex.INTERVAL_MINUTES / 60.0 / 1000.0;
        double required = 0;
        double unmet = 0;
        double over = 0;
        List<IntervalGap> shortfalls = new ArrayList<>();
        for (IntervalDemand demand : roster.getIntervalDemands()) {
            long supply = supplied.getOrDefault(demand, 0L);
            required += demand.requiredMilli() * hoursPerMilliInterval;
            unmet += Math.max(0, demand.requiredMilli() - supply) * hoursPerMilliInterval;
            over += Math.max(0, supply - demand.requiredMilli()) * hoursPerMilliInterval;
            if (supply < demand.requiredMilli()) {
                shortfalls.add(new IntervalGap(demand, supply));
            }
        }
        return new CoverageReport(required, unmet, over, List.copyOf(shortfalls));
    }

    /** Unmet share of the required agent-hours in percent; 0 when nothing is required. */
    public double undercoveragePercent() {
        return requiredAgentHours == 0 ? 0 : 100.0 * unmetAgentHours / requiredAgentHours;
    }
}
