package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Places breaks and lunches inside a solved roster's shifts at 15-minute grain, where coverage can best afford them.
 * <p>
 * Deterministic greedy: shifts are taken by day, start and agent id; in each shift the lunch is placed first, then the
 * short breaks. A candidate start must lie in the template's window (not earlier than {@code earliestAfterStartMinutes}
 * after the start, ending at least {@code latestBeforeEndMinutes} before the end) and keep {@code minGapMinutes} from
 * the shift's other breaks. Among candidates the one that adds the least under-coverage penalty (the squared
 * shortfall rule of the solver, with the agent's share removed from each queue it serves) wins; ties go to the start
 * closest to the break's ideal position (lunch mid-shift, breaks spread evenly), then to the earlier start. Each
 * placed break lowers the supply that later placements see.
 */
public final class BreakPlanner {

    /** A placed break: {@code startMinute} counts minutes from the horizon start. */
    public record PlannedBreak(String agentId, int day, int startMinute, int minutes, boolean lunch) {

        public String describe() {
            int minuteOfDay = startMinute % (24 * 60);
            return String.format(Locale.ROOT, "%s day %d %02d:%02d %d min %s", agentId, day, minuteOfDay / 60,
                    minuteOfDay % 60, minutes, lunch ? "lunch" : "break");
        }
    }

    private BreakPlanner() {
    }

    public static List<PlannedBreak> plan(Roster roster) {
        Map<IntervalDemand, Long> supplied = new IdentityHashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            for (Supply supply : agentDay.getSupplies()) {
                supplied.merge(supply.demand(), (long) supply.milli(), Long::sum);
            }
        }
        List<AgentDay> shifts = roster.getAgentDays().stream().filter(AgentDay::isWorking)
                .sorted(Comparator.comparingInt(AgentDay::getDay).thenComparingInt(AgentDay::getStartMinute)
                        .thenComparing(d -> d.getAgent().id()))
                .toList();
        List<PlannedBreak> planned = new ArrayList<>();
        for (AgentDay shift : shifts) {
            planned.addAll(planShift(shift, supplied));
        }
        return planned;
    }

    private static List<PlannedBreak> planShift(AgentDay shift, Map<IntervalDemand, Long> supplied) {
        BreakRule rule = shift.getShift().breakRule();
        List<PlannedBreak> placed = new ArrayList<>();
        int start = shift.getStartMinute();
        int length = shift.getShift().lengthMinutes();
        if (rule.lunchMinutes() > 0) {
            place(shift, rule, rule.lunchMinutes(), true, start + length / 2, placed, supplied);
        }
        for (int k = 0; k < rule.breakCount(); k++) {
            int ideal = start + (k + 1) * length / (rule.breakCount() + 1);
            if (rule.lunchMinutes() > 0 && rule.breakCount() == 2) {
                // with a mid-shift lunch, one break before it and one after
                ideal = start + (k == 0 ? length / 4 : 3 * length / 4);
            }
            place(shift, rule, rule.breakMinutes(), false, ideal, placed, supplied);
        }
        placed.sort(Comparator.comparingInt(PlannedBreak::startMinute));
        return placed;
    }

    private static void place(AgentDay shift, BreakRule rule, int minutes, boolean lunch, int ideal,
            List<PlannedBreak> placed, Map<IntervalDemand, Long> supplied) {
        int start = shift.getStartMinute();
        int first = roundUp(start + rule.earliestAfterStartMinutes());
        int last = shift.getEndMinute() - rule.latestBeforeEndMinutes() - minutes;
        Integer best = null;
        long bestCost = Long.MAX_VALUE;
        for (int candidate = first; candidate <= last; candidate += DemandIndex.INTERVAL_MINUTES) {
            if (!keepsGap(candidate, minutes, rule.minGapMinutes(), placed)) {
                continue;
            }
            long cost = cost(shift, candidate, minutes, supplied);
            if (best == null || cost < bestCost
                    || (cost == bestCost && Math.abs(candidate - ideal) < Math.abs(best - ideal))) {
                best = candidate;
                bestCost = cost;
            }
        }
        if (best == null) {
            return;
        }
        for (Supply supply : suppliesDuring(shift, best, minutes)) {
            supplied.merge(supply.demand(), (long) -supply.milli(), Long::sum);
        }
        placed.add(new PlannedBreak(shift.getAgent().id(), shift.getDay(), best, minutes, lunch));
    }

    private static boolean keepsGap(int candidate, int minutes, int gap, List<PlannedBreak> placed) {
        for (PlannedBreak other : placed) {
            if (candidate < other.startMinute() + other.minutes() + gap && other.startMinute() < candidate + minutes + gap) {
                return false;
            }
        }
        return true;
    }

    private static long cost(AgentDay shift, int candidate, int minutes, Map<IntervalDemand, Long> supplied) {
        long cost = 0;
        for (Supply supply : suppliesDuring(shift, candidate, minutes)) {
            long current = supplied.getOrDefault(supply.demand(), 0L);
            long required = supply.demand().requiredMilli();
            cost += RosterConstraintProvider.underCoveragePenalty(Math.max(0, required - (current - supply.milli())))
                    - RosterConstraintProvider.underCoveragePenalty(Math.max(0, required - current));
        }
        return cost;
    }

    private static List<Supply> suppliesDuring(AgentDay shift, int startMinute, int minutes) {
        int from = startMinute / DemandIndex.INTERVAL_MINUTES;
        int to = (startMinute + minutes) / DemandIndex.INTERVAL_MINUTES;
        return shift.getSupplies().stream().filter(s -> s.demand().interval() >= from && s.demand().interval() < to).toList();
    }

    private static int roundUp(int minute) {
        return (minute + DemandIndex.INTERVAL_MINUTES - 1) / DemandIndex.INTERVAL_MINUTES * DemandIndex.INTERVAL_MINUTES;
    }
}
