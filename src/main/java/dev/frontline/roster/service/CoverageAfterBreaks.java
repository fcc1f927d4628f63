package dev.frontline.roster.service;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.BreakPlanner;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.IntervalDemand;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.Supply;

/**
 * Under-coverage as callers feel it: the share of required agent-hours left unmet once the breaks and lunches that
 * {@link BreakPlanner} places are taken out of the supply. Kept apart, in one place, so that it can give way to the
 * engine's own after-breaks figure when the engine counts breaks itself.
 */
final class CoverageAfterBreaks {

    private CoverageAfterBreaks() {
    }

    /** Before and after breaks, in percent of the required agent-hours (0 when nothing is required). */
    record Percentages(double beforeBreaks, double afterBreaks) {
    }

    static Percentages of(Roster roster) {
        return of(roster, BreakPlanner.plan(roster));
    }

    static Percentages of(Roster roster, List<BreakPlanner.PlannedBreak> breaks) {
        Map<IntervalDemand, Long> supplied = new IdentityHashMap<>();
        Map<String, AgentDay> shifts = new HashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            for (Supply supply : agentDay.getSupplies()) {
                supplied.merge(supply.demand(), (long) supply.milli(), Long::sum);
            }
            if (agentDay.isWorking()) {
                shifts.put(agentDay.getAgent().id() + "#" + agentDay.getDay(), agentDay);
            }
        }
        for (BreakPlanner.PlannedBreak b : breaks) {
            AgentDay shift = shifts.get(b.agentId() + "#" + b.day());
            // an interval counts as left for the break when the break takes any of it, as BreakPlanner counts it
            int from = b.startMinute() / DemandIndex.INTERVAL_MINUTES;
            int to = (b.startMinute() + b.minutes()) / DemandIndex.INTERVAL_MINUTES;
            for (Supply supply : shift.getSupplies()) {
                if (supply.demand().interval() >= from && supply.demand().interval() < to) {
                    supplied.merge(supply.demand(), (long) -supply.milli(), Long::sum);
                }
            }
        }
        long required = 0;
        long unmet = 0;
        for (IntervalDemand demand : roster.getIntervalDemands()) {
            required += demand.requiredMilli();
            unmet += Math.max(0, demand.requiredMilli() - supplied.getOrDefault(demand, 0L));
        }
        double after = required == 0 ? 0 : 100.0 * unmet / required;
        return new Percentages(CoverageReport.of(roster).undercoveragePercent(), after);
    }
}
