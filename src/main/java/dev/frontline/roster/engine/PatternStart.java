package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

/**
 * Deterministic first roster, replacing a construction heuristic that would score every shift type for every
 * agent-day (far too slow at 15-minute coverage for hundreds of agents). Each agent with no shift yet gets a
 * repeating pattern of working runs and days off sized from its contract (target weekly minutes, consecutive-day
 * limits, minimum days off), staggered across agents and skipping approved time off; each run gets the one allowed
 * shift type that covers the most still-unmet demand (interval or per-shift cover), within per-template caps.
 * Local search then repairs what the pattern leaves broken (weekends, rest, seats) and polishes coverage.
 */
public class PatternStart implements PhaseCommand<Roster> {

    private static final int PREFERRED_RUN = 5;

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        Map<Agent, List<AgentDay>> byAgent = new LinkedHashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            byAgent.computeIfAbsent(agentDay.getAgent(), a -> new ArrayList<>()).add(agentDay);
        }
        Set<String> timeOff = new HashSet<>();
        roster.getTimeOffs().forEach(t -> timeOff.add(t.agent().id() + "#" + t.day()));
        Map<IntervalDemand, Long> unmetInterval = new IdentityHashMap<>();
        roster.getIntervalDemands().forEach(d -> unmetInterval.put(d, (long) d.requiredMilli()));
        Map<ShiftDemand, Integer> unmetCover = new IdentityHashMap<>();
        roster.getShiftDemands().forEach(d -> unmetCover.put(d, d.required()));
        for (AgentDay agentDay : roster.getAgentDays()) {
            consume(agentDay, agentDay.getShift(), unmetInterval, unmetCover);
        }
        int agentIndex = 0;
        for (Map.Entry<Agent, List<AgentDay>> entry : byAgent.entrySet()) {
            if (isPhaseTerminated.getAsBoolean()) {
                break;
            }
            Agent agent = entry.getKey();
            List<AgentDay> days = entry.getValue();
            days.sort(Comparator.comparingInt(AgentDay::getDay));
            boolean untouched = days.stream().allMatch(d -> d.getShift() == null);
            if (untouched && !agent.shiftTypes().isEmpty()) {
                assignPattern(scoreDirector, agent, days, agentIndex, timeOff, unmetInterval, unmetCover);
            }
            agentIndex++;
        }
        scoreDirector.triggerVariableListeners();
    }

    private void assignPattern(ScoreDirector<Roster> scoreDirector, Agent agent, List<AgentDay> days, int agentIndex,
            Set<String> timeOff, Map<IntervalDemand, Long> unmetInterval, Map<ShiftDemand, Integer> unmetCover) {
        boolean[] blocked = new boolean[days.size()];
        int[] credited = new int[days.size()];
        for (AgentDay agentDay : days) {
            blocked[agentDay.getDay()] = agentDay.isPinned() || timeOff.contains(agent.id() + "#" + agentDay.getDay());
            credited[agentDay.getDay()] = agentDay.getCreditedMinutes();
        }
        boolean[] works = choosePattern(agent, blocked, credited, days.get(0).getDate().getDayOfWeek().getValue() - 1,
                agentIndex);
        patternChosen(agent, works);
        Map<String, Integer> used = new HashMap<>();
        List<AgentDay> currentRun = new ArrayList<>();
        for (AgentDay agentDay : days) {
            if (works[agentDay.getDay()]) {
                currentRun.add(agentDay);
            } else {
                assignRun(scoreDirector, agent, currentRun, agentIndex, used, unmetInterval, unmetCover);
                currentRun.clear();
            }
        }
        assignRun(scoreDirector, agent, currentRun, agentIndex, used, unmetInterval, unmetCover);
    }

    /**
     * Candidate patterns: a fixed cycle of working runs and days off at every offset, and weekly blocks of days off
     * that stay on the same weekdays or move one day forwards or backwards each week (which is how rotas give every
     * agent some weekends off). The candidate breaking the agent's own contract least wins; ties are spread over
     * agents so that days off do not pile up on the same weekdays.
     */
    private boolean[] choosePattern(Agent agent, boolean[] blocked, int[] credited, int firstWeekday,
            int agentIndex) {
        Contract contract = agent.contract();
        int horizon = blocked.length;
        double shiftMinutes = agent.shiftTypes().stream().mapToInt(ShiftType::lengthMinutes).average().orElse(480);
        double workShare = Math.min(6.0 / 7, weeklyTargetMinutes(contract, shiftMinutes, horizon) / (7 * shiftMinutes));
        List<boolean[]> candidates = new ArrayList<>();
        if (workShare > 0) {
            int run = Math.max(1, Math.min(contract.maxConsecutiveWorkingDays(),
                    Math.max(contract.minConsecutiveWorkingDays(), PREFERRED_RUN)));
            int off = Math.max(Math.max(1, contract.minConsecutiveDaysOff()),
                    (int) Math.round(run * (1 - workShare) / workShare));
            for (int offset = 0; offset < run + off; offset++) {
                boolean[] works = new boolean[horizon];
                for (int d = 0; d < horizon; d++) {
                    works[d] = (d + offset) % (run + off) < run;
                }
                candidates.add(works);
            }
            int offPerWeek = Math.max(Math.max(1, contract.minConsecutiveDaysOff()), 7 - (int) Math.round(7 * workShare));
            for (int step = -1; step <= 1; step++) {
                for (int start = 0; start < 7; start++) {
                    boolean[] works = new boolean[horizon];
                    java.util.Arrays.fill(works, true);
                    for (int week = 0; week * 7 - firstWeekday < horizon; week++) {
                        int position = Math.floorMod(start + step * week, 7);
                        for (int k = 0; k < offPerWeek; k++) {
                            int d = week * 7 - firstWeekday + position + k;
                            if (d >= 0 && d < horizon) {
                                works[d] = false;
                            }
                        }
                    }
                    candidates.add(works);
                }
            }
        }
        long bestCost = Long.MAX_VALUE;
        List<boolean[]> best = new ArrayList<>();
        for (boolean[] candidate : candidates) {
            for (int d = 0; d < horizon; d++) {
                candidate[d] &= !blocked[d];
            }
            long cost = contractCost(contract, candidate, credited, shiftMinutes, firstWeekday);
            if (cost < bestCost) {
                bestCost = cost;
                best.clear();
            }
            if (cost == bestCost) {
                best.add(candidate);
            }
        }
        return best.isEmpty() ? new boolean[horizon] : pickPattern(agent, best, agentIndex);
    }

    /** Among the patterns that break the agent's contract least, the one to use; ties spread over agents. */
    protected boolean[] pickPattern(Agent agent, List<boolean[]> best, int agentIndex) {
        return best.get(Math.floorMod(agentIndex * 7919, best.size()));
    }

    /** Called with the working days chosen for an agent, before its runs get shift types. */
    protected void patternChosen(Agent agent, boolean[] works) {
    }

    /** How badly a pattern breaks the contract, in roughly the engine's hard units (estimate with mean shift length). */
    private static long contractCost(Contract contract, boolean[] works, int[] credited, double shiftMinutes,
            int firstWeekday) {
        int horizon = works.length;
        long cost = 0;
        int d = 0;
        while (d < horizon) {
            boolean working = works[d];
            int start = d;
            while (d < horizon && works[d] == working) {
                d++;
            }
            int length = d - start;
            boolean edge = start == 0 || d == horizon;
            if (working) {
                cost += Math.max(0, length - contract.maxConsecutiveWorkingDays());
                cost += edge ? 0 : Math.max(0, contract.minConsecutiveWorkingDays() - length);
            } else if (!edge) {
                cost += Math.max(0, contract.minConsecutiveDaysOff() - length);
            }
        }
        int weekends = 0;
        double totalMinutes = 0;
        for (int week = 0; week * 7 - firstWeekday < horizon; week++) {
            int from = Math.max(0, week * 7 - firstWeekday);
            int to = Math.min(horizon, week * 7 - firstWeekday + 7);
            int worked = 0;
            double creditedMinutes = 0;
            for (int day = from; day < to; day++) {
                worked += works[day] ? 1 : 0;
                creditedMinutes += works[day] ? 0 : credited[day];
            }
            int saturday = week * 7 - firstWeekday + 5;
            boolean weekend = (saturday >= 0 && saturday < horizon && works[saturday])
                    || (saturday + 1 >= 0 && saturday + 1 < horizon && works[saturday + 1]);
            weekends += weekend ? 1 : 0;
            double minutes = worked * shiftMinutes;
            totalMinutes += minutes + creditedMinutes;
            if (to - from == 7) {
                cost += hoursUp(contract.minMinutesPerWeek() - minutes - creditedMinutes)
                        + hoursUp(minutes - contract.maxMinutesPerWeek());
            }
        }
        cost += Math.max(0, weekends - contract.maxWeekends());
        cost += hoursUp(contract.minMinutesInHorizon() - totalMinutes) + hoursUp(totalMinutes - contract.maxMinutesInHorizon());
        return cost;
    }

    private static long hoursUp(double minutes) {
        return minutes <= 0 ? 0 : (long) Math.ceil(minutes / 60);
    }

    private static double weeklyTargetMinutes(Contract contract, double shiftMinutes, int horizonDays) {
        if (contract.minMinutesPerWeek() > 0 || contract.maxMinutesPerWeek() < Contract.UNLIMITED) {
            int max = contract.maxMinutesPerWeek() == Contract.UNLIMITED ? 6 * (int) shiftMinutes : contract.maxMinutesPerWeek();
            int wanted = contract.overtimeAfterMinutesPerWeek() < Contract.UNLIMITED ? contract.overtimeAfterMinutesPerWeek()
                    : (contract.minMinutesPerWeek() + max) / 2;
            return Math.max(contract.minMinutesPerWeek(), Math.min(max, wanted));
        }
        if (contract.minMinutesInHorizon() > 0 || contract.maxMinutesInHorizon() < Contract.UNLIMITED) {
            double max = contract.maxMinutesInHorizon() == Contract.UNLIMITED ? contract.minMinutesInHorizon() * 1.2
                    : contract.maxMinutesInHorizon();
            return (contract.minMinutesInHorizon() + max) / 2.0 / (horizonDays / 7.0);
        }
        return PREFERRED_RUN * shiftMinutes;
    }

    private void assignRun(ScoreDirector<Roster> scoreDirector, Agent agent, List<AgentDay> run, int agentIndex,
            Map<String, Integer> used, Map<IntervalDemand, Long> unmetInterval, Map<ShiftDemand, Integer> unmetCover) {
        if (run.isEmpty()) {
            return;
        }
        ShiftType best = pickShift(agent, run, agentIndex, used, unmetInterval, unmetCover);
        if (best == null) {
            return;
        }
        for (AgentDay agentDay : run) {
            ShiftType shift = shiftFor(agentDay, best, used);
            scoreDirector.beforeVariableChanged(agentDay, "shift");
            agentDay.setShift(shift);
            scoreDirector.afterVariableChanged(agentDay, "shift");
            consume(agentDay, shift, unmetInterval, unmetCover);
            used.merge(shift.group(), 1, Integer::sum);
        }
    }

    /** The shift type of one day of a run whose type is {@code runShift}; the run's type unless a subclass knows better. */
    protected ShiftType shiftFor(AgentDay agentDay, ShiftType runShift, Map<String, Integer> used) {
        return runShift;
    }

    /** The shift type for a whole run: the allowed one (within caps) covering the most still-unmet demand. */
    protected ShiftType pickShift(Agent agent, List<AgentDay> run, int agentIndex, Map<String, Integer> used,
            Map<IntervalDemand, Long> unmetInterval, Map<ShiftDemand, Integer> unmetCover) {
        List<ShiftType> types = agent.shiftTypes();
        ShiftType best = null;
        long bestGain = Long.MIN_VALUE;
        for (int k = 0; k < types.size(); k++) {
            // rotating the starting type spreads ties over start times
            ShiftType candidate = types.get((k + agentIndex) % types.size());
            if (used.getOrDefault(candidate.group(), 0) + run.size() > agent.maxShiftsOf(candidate)) {
                continue;
            }
            long gain = unmetGain(run, candidate, unmetInterval, unmetCover);
            if (gain > bestGain) {
                bestGain = gain;
                best = candidate;
            }
        }
        return best;
    }

    /** Demand still unmet that a run of this shift type would meet (interval demand in thousandths of an agent). */
    static long unmetGain(List<AgentDay> run, ShiftType candidate, Map<IntervalDemand, Long> unmetInterval,
            Map<ShiftDemand, Integer> unmetCover) {
        long gain = 0;
        for (AgentDay agentDay : run) {
            for (Supply supply : agentDay.getDemandIndexSupplies(candidate)) {
                gain += Math.min(supply.milli(), Math.max(0, unmetInterval.getOrDefault(supply.demand(), 0L)));
            }
            ShiftDemand cover = agentDay.getDemandIndexShiftDemand(candidate);
            if (cover != null && unmetCover.getOrDefault(cover, 0) > 0) {
                gain += 1000L * cover.underWeight();
            }
        }
        return gain;
    }

    private static void consume(AgentDay agentDay, ShiftType shift, Map<IntervalDemand, Long> unmetInterval,
            Map<ShiftDemand, Integer> unmetCover) {
        if (shift == null) {
            return;
        }
        for (Supply supply : agentDay.getDemandIndexSupplies(shift)) {
            unmetInterval.merge(supply.demand(), (long) -supply.milli(), Long::sum);
        }
        ShiftDemand cover = agentDay.getDemandIndexShiftDemand(shift);
        if (cover != null) {
            unmetCover.merge(cover, -1, Integer::sum);
        }
    }
}
