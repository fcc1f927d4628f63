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

    /**
     * Unmet interval demand per queue and day, in thousandths of an agent-interval, counting only intervals still short
     * (Σ max(0, unmet)): how much a day still needs, for choosing which days an agent works.
     */
    private final Map<Queue, long[]> unmetByDay = new HashMap<>();
    /** The horizon's interval requirement, in milli-agent-intervals. */
    private long requiredMilli;

    /**
     * Wish weight that weighs as much as one agent-day of demand when the start chooses a shift type: 100 priority
     * points ({@link AgentWishWeight}). A preferred start (5–20 points per date in the demo's windows) then weighs a
     * twentieth to a fifth of a shift's worth of unmet demand, enough to choose between shift types that meet about as
     * much of it.
     */
    protected static final double WISH_POINTS_PER_DAY = AgentWishWeight.of(100);

    /**
     * Per agent and day, the weight of its requests to have the day off (any shift) less that of its requests to work
     * it: positive where a pattern should leave the day free, negative where it should work it.
     */
    private final Map<Agent, int[]> dayWishes = new HashMap<>();
    /** Per agent and day, its preferred starts (a range each). */
    private final Map<Agent, Map<Integer, List<StartPreference>>> startWishes = new HashMap<>();

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        Map<Agent, List<AgentDay>> byAgent = new LinkedHashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            byAgent.computeIfAbsent(agentDay.getAgent(), a -> new ArrayList<>()).add(agentDay);
        }
        Set<String> timeOff = new HashSet<>();
        roster.getTimeOffs().forEach(t -> timeOff.add(t.agent().id() + "#" + t.day()));
        Set<String> leave = new HashSet<>();
        roster.getTimeOffs().stream().filter(TimeOff::leave).forEach(t -> leave.add(t.agent().id() + "#" + t.day()));
        Map<IntervalDemand, Long> unmetInterval = new IdentityHashMap<>();
        roster.getIntervalDemands().forEach(d -> unmetInterval.put(d, (long) d.requiredMilli()));
        unmetByDay.clear();
        requiredMilli = 0;
        int intervalsPerDay = 24 * 60 / DemandIndex.INTERVAL_MINUTES;
        for (IntervalDemand demand : roster.getIntervalDemands()) {
            int day = demand.interval() / intervalsPerDay;
            if (day < roster.getHorizonDays()) {
                unmetByDay.computeIfAbsent(demand.queue(), q -> new long[roster.getHorizonDays()])[day] += demand.requiredMilli();
                requiredMilli += demand.requiredMilli();
            }
        }
        Map<ShiftDemand, Integer> unmetCover = new IdentityHashMap<>();
        roster.getShiftDemands().forEach(d -> unmetCover.put(d, d.required()));
        dayWishes.clear();
        for (ShiftRequest request : roster.getShiftRequests()) {
            if (request.shiftType() == null && request.day() >= 0 && request.day() < roster.getHorizonDays()) {
                dayWishes.computeIfAbsent(request.agent(), a -> new int[roster.getHorizonDays()])[request.day()] +=
                        request.wantsToWork() ? -request.weight() : request.weight();
            }
        }
        startWishes.clear();
        for (StartPreference preference : roster.getStartPreferences()) {
            startWishes.computeIfAbsent(preference.agent(), a -> new HashMap<>())
                    .computeIfAbsent(preference.day(), d -> new ArrayList<>()).add(preference);
        }
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
                assignPattern(scoreDirector, agent, days, agentIndex, timeOff, leave, unmetInterval, unmetCover);
            }
            agentIndex++;
        }
        scoreDirector.triggerVariableListeners();
    }

    private void assignPattern(ScoreDirector<Roster> scoreDirector, Agent agent, List<AgentDay> days, int agentIndex,
            Set<String> timeOff, Set<String> leave, Map<IntervalDemand, Long> unmetInterval,
            Map<ShiftDemand, Integer> unmetCover) {
        boolean[] blocked = new boolean[days.size()];
        int[] credited = new int[days.size()];
        boolean[] excused = new boolean[days.size()];
        for (AgentDay agentDay : days) {
            // pinned, on leave, or no shift type fits the day's availability
            blocked[agentDay.getDay()] = agentDay.isPinned() || timeOff.contains(agent.id() + "#" + agentDay.getDay())
                    || agentDay.getOfferedShifts().isEmpty();
            credited[agentDay.getDay()] = agentDay.getCreditedMinutes();
            excused[agentDay.getDay()] = leave.contains(agent.id() + "#" + agentDay.getDay());
        }
        DayLimits limits = new DayLimits(dayWishes.get(agent), blocked, credited, excused);
        boolean[] works = choosePattern(agent, limits, days.get(0).getDate().getDayOfWeek().getValue() - 1, agentIndex);
        patternChosen(agent, works);
        Map<String, Integer> used = new HashMap<>();
        List<AgentDay> currentRun = new ArrayList<>();
        for (AgentDay agentDay : days) {
            if (works[agentDay.getDay()]) {
                currentRun.add(agentDay);
            } else {
                assignRun(scoreDirector, agent, days, currentRun, agentIndex, used, unmetInterval, unmetCover);
                currentRun.clear();
            }
        }
        assignRun(scoreDirector, agent, days, currentRun, agentIndex, used, unmetInterval, unmetCover);
        topUpWeeks(scoreDirector, agent, days, limits, used, unmetInterval, unmetCover);
    }

    /**
     * Weeks the pattern leaves below the contract's minimum minutes (days it could not fill: availability, rest, the
     * week's nights) are topped up: first a free day becomes a working one where a shift fits ({@link #fits}) and the
     * consecutive-day rules and weekends still hold, the day with the most unmet demand first; then worked days take a
     * longer shift type that fits. A week cut by the horizon is left alone, as the rule does.
     */
    private void topUpWeeks(ScoreDirector<Roster> scoreDirector, Agent agent, List<AgentDay> days, DayLimits limits,
            Map<String, Integer> used, Map<IntervalDemand, Long> unmetInterval, Map<ShiftDemand, Integer> unmetCover) {
        Contract contract = agent.contract();
        if (contract.minMinutesPerWeek() <= 0) {
            return;
        }
        int firstMonday = Math.floorMod(1 - days.get(0).getDate().getDayOfWeek().getValue(), 7);
        for (int weekStart = firstMonday; weekStart + 7 <= days.size(); weekStart += 7) {
            List<Integer> free = new ArrayList<>();
            for (int d = weekStart; d < weekStart + 7; d++) {
                if (days.get(d).getShift() == null && !limits.blocked(d)) {
                    free.add(d);
                }
            }
            while (weekMinutes(days, weekStart) < contract.minMinutesPerWeek() && !free.isEmpty()) {
                int bestDay = -1;
                ShiftType bestShift = null;
                long bestGain = Long.MIN_VALUE;
                for (int d : free) {
                    if (!keepsRuns(agent, days, d, limits)) {
                        continue;
                    }
                    ShiftType shift = bestFitting(days.get(d), days, used, unmetInterval, unmetCover);
                    long gain = shift == null ? Long.MIN_VALUE
                            : unmetGain(List.of(days.get(d)), shift, unmetInterval, unmetCover);
                    if (shift != null && gain > bestGain) {
                        bestGain = gain;
                        bestDay = d;
                        bestShift = shift;
                    }
                }
                if (bestShift == null) {
                    break;
                }
                free.remove(Integer.valueOf(bestDay));
                assign(scoreDirector, days.get(bestDay), bestShift, used, unmetInterval, unmetCover);
            }
            for (int d = weekStart; d < weekStart + 7 && weekMinutes(days, weekStart) < contract.minMinutesPerWeek(); d++) {
                AgentDay agentDay = days.get(d);
                ShiftType current = agentDay.getShift();
                if (current == null || agentDay.isPinned()) {
                    continue;
                }
                used.merge(current.group(), -1, Integer::sum);
                ShiftType longer = null;
                for (ShiftType candidate : agentDay.getOfferedShifts()) {
                    if (candidate.lengthMinutes() > current.lengthMinutes() && fits(agentDay, candidate, days, used)
                            && (longer == null || candidate.lengthMinutes() > longer.lengthMinutes())) {
                        longer = candidate;
                    }
                }
                used.merge(current.group(), 1, Integer::sum);
                if (longer != null) {
                    unassign(scoreDirector, agentDay, used, unmetInterval, unmetCover);
                    assign(scoreDirector, agentDay, longer, used, unmetInterval, unmetCover);
                }
            }
        }
    }

    private static long weekMinutes(List<AgentDay> days, int weekStart) {
        long minutes = 0;
        for (int d = weekStart; d < weekStart + 7; d++) {
            minutes += days.get(d).getCountedMinutes();
        }
        return minutes;
    }

    /**
     * Whether working day d as well keeps the agent's consecutive-day rules and weekends: the run it joins stays within
     * the maximum and reaches the minimum (or touches the horizon's edge or a day of leave), the days off left on either
     * side are none or at least the minimum (or touch the horizon's edge, or hold a day of leave), and a weekend it
     * opens stays within the maximum.
     */
    static boolean keepsRuns(Agent agent, List<AgentDay> days, int d, DayLimits limits) {
        Contract contract = agent.contract();
        int from = d;
        while (from > 0 && days.get(from - 1).isWorking()) {
            from--;
        }
        int to = d;
        while (to + 1 < days.size() && days.get(to + 1).isWorking()) {
            to++;
        }
        boolean edge = from == 0 || to == days.size() - 1 || limits.excused(from - 1) || limits.excused(to + 1);
        if (to - from + 1 > contract.maxConsecutiveWorkingDays()
                || (!edge && to - from + 1 < contract.minConsecutiveWorkingDays())) {
            return false;
        }
        int offBefore = 0;
        for (int k = from - 1; k >= 0 && !days.get(k).isWorking(); k--) {
            offBefore++;
        }
        int offAfter = 0;
        for (int k = to + 1; k < days.size() && !days.get(k).isWorking(); k++) {
            offAfter++;
        }
        boolean beforeOk = offBefore == 0 || from - offBefore == 0 || offBefore >= contract.minConsecutiveDaysOff()
                || limits.anyExcused(from - offBefore, from - 1);
        boolean afterOk = offAfter == 0 || to + offAfter == days.size() - 1 || offAfter >= contract.minConsecutiveDaysOff()
                || limits.anyExcused(to + 1, to + offAfter);
        if (!beforeOk || !afterOk) {
            return false;
        }
        AgentDay agentDay = days.get(d);
        if (!agentDay.isWeekend() || contract.maxWeekends() == Contract.UNLIMITED) {
            return true;
        }
        int saturday = d - (agentDay.getDate().getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? 1 : 0);
        boolean alreadyWorked = (saturday >= 0 && days.get(saturday).isWorking())
                || (saturday + 1 < days.size() && days.get(saturday + 1).isWorking());
        if (alreadyWorked) {
            return true;
        }
        int weekends = 0;
        for (AgentDay other : days) {
            if (other.getDate().getDayOfWeek() == java.time.DayOfWeek.SATURDAY) {
                int sat = other.getDay();
                weekends += other.isWorking() || (sat + 1 < days.size() && days.get(sat + 1).isWorking()) ? 1 : 0;
            } else if (other.getDay() == 0 && other.getDate().getDayOfWeek() == java.time.DayOfWeek.SUNDAY
                    && other.isWorking()) {
                weekends++;
            }
        }
        return weekends + 1 <= contract.maxWeekends();
    }

    private void assign(ScoreDirector<Roster> scoreDirector, AgentDay agentDay, ShiftType shift,
            Map<String, Integer> used, Map<IntervalDemand, Long> unmetInterval, Map<ShiftDemand, Integer> unmetCover) {
        scoreDirector.beforeVariableChanged(agentDay, "shift");
        agentDay.setShift(shift);
        scoreDirector.afterVariableChanged(agentDay, "shift");
        consume(agentDay, shift, unmetInterval, unmetCover);
        used.merge(shift.group(), 1, Integer::sum);
    }

    private void unassign(ScoreDirector<Roster> scoreDirector, AgentDay agentDay, Map<String, Integer> used,
            Map<IntervalDemand, Long> unmetInterval, Map<ShiftDemand, Integer> unmetCover) {
        ShiftType shift = agentDay.getShift();
        for (Supply supply : agentDay.getDemandIndexSupplies(shift)) {
            change(supply.demand(), supply.milli(), unmetInterval);
        }
        ShiftDemand cover = agentDay.getDemandIndexShiftDemand(shift);
        if (cover != null) {
            unmetCover.merge(cover, 1, Integer::sum);
        }
        used.merge(shift.group(), -1, Integer::sum);
        scoreDirector.beforeVariableChanged(agentDay, "shift");
        agentDay.setShift(null);
        scoreDirector.afterVariableChanged(agentDay, "shift");
    }

    /**
     * Candidate patterns: a fixed cycle of working runs and days off at every offset, and weekly blocks of days off
     * that stay on the same weekdays or move one day forwards or backwards each week (which is how rotas give every
     * agent some weekends off). The candidate breaking the agent's own contract least wins; ties are spread over
     * agents so that days off do not pile up on the same weekdays.
     */
    private boolean[] choosePattern(Agent agent, DayLimits limits, int firstWeekday, int agentIndex) {
        Contract contract = agent.contract();
        boolean[] blocked = limits.blocked();
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
        if (workShare > 0 && !unmetByDay.isEmpty() && searchPatterns) {
            for (boolean[] pattern : keepingPatterns(contract, horizon, firstWeekday, shiftMinutes)) {
                candidates.add(pattern.clone());
            }
        }
        int[] wishes = dayWishes.get(agent);
        boolean anyBlocked = false;
        for (boolean b : blocked) {
            anyBlocked |= b;
        }
        // an agent with wishes, leave or days it cannot work gets patterns of its own that keep the contract around
        // them: the shared ones, cut by a blocked day, leave single days off or single working days between
        if (workShare > 0 && (wishes != null && !unmetByDay.isEmpty() || anyBlocked)) {
            List<boolean[]> found = new ArrayList<>();
            long[] budget = {MAX_WISH_SEARCH_NODES};
            search(contract, new boolean[horizon], 0, firstWeekday, shiftMinutes, 0, limits, MAX_WISH_PATTERNS, found,
                    budget);
            candidates.addAll(found);
        }
        long bestCost = Long.MAX_VALUE;
        List<boolean[]> best = new ArrayList<>();
        for (boolean[] candidate : candidates) {
            for (int d = 0; d < horizon; d++) {
                candidate[d] &= !blocked[d];
            }
            long cost = contractCost(contract, candidate, limits, shiftMinutes, firstWeekday);
            if (cost < bestCost) {
                bestCost = cost;
                best.clear();
            }
            if (cost == bestCost) {
                best.add(candidate);
            }
        }
        // the agent's day wishes first: among the patterns that break the contract least, those keeping the most of
        // them (weight of kept less broken requests), and demand then chooses among these
        best = mostWished(agent, best);
        return best.isEmpty() ? new boolean[horizon] : pickPattern(agent, best, agentIndex);
    }

    /**
     * Whether the searched patterns and the whole-need choice are used (with interval demand). {@link LpStart} turns
     * them off where its relaxation guides the start: on the bank centre they made its first roster far worse (20.8 %
     * against 2.2 % under-coverage after 20 000 moves), so that path keeps the cyclic and block candidates and the
     * need counted up to one agent-day.
     */
    protected boolean searchPatterns = true;

    /** Patterns keeping the whole contract, per contract, horizon, first weekday and mean shift length. */
    private final Map<String, List<boolean[]>> keepingPatterns = new HashMap<>();

    /**
     * Working-day patterns that keep every day rule of the contract (consecutive working days and days off, weekends,
     * weekly and horizon minutes at the mean shift length), found by a depth-first search over the days: up to
     * {@link #MAX_KEEPING_PATTERNS} of them. The cyclic and weekly-block candidates cannot work a weekend in some weeks
     * and not in others when the weeks are full (five days of a 40-hour week, two weekends in four): on the demo
     * centre every one of them that kept the weekend limit had every weekend off, so the first roster sent nobody in
     * at weekends. Only for rosters with interval demand, whose days the pattern is then chosen by.
     */
    private List<boolean[]> keepingPatterns(Contract contract, int horizon, int firstWeekday, double shiftMinutes) {
        String key = contract.id() + "#" + contract.hashCode() + "#" + horizon + "#" + firstWeekday + "#" + shiftMinutes;
        return keepingPatterns.computeIfAbsent(key, k -> {
            List<boolean[]> found = new ArrayList<>();
            long[] budget = {MAX_SEARCH_NODES};
            search(contract, new boolean[horizon], 0, firstWeekday, shiftMinutes, 0, DayLimits.NONE, MAX_KEEPING_PATTERNS,
                    found, budget);
            return found;
        });
    }

    private static final int MAX_KEEPING_PATTERNS = 400;
    private static final long MAX_SEARCH_NODES = 2_000_000;
    /**
     * Patterns searched per agent with day wishes, the wished value of each wished day tried first: the shared
     * patterns vary mostly in their last days (a capped depth-first search), so a wish early in the horizon would
     * otherwise find no pattern keeping the contract that grants it.
     */
    private static final int MAX_WISH_PATTERNS = 60;
    private static final long MAX_WISH_SEARCH_NODES = 200_000;

    /**
     * One agent's days as the pattern search sees them.
     *
     * @param wishes per day, positive to try a day off first, negative to try working it first; null alternates
     * @param blocked days that cannot be worked (leave, availability, pinned); null: none
     * @param credited minutes a day off counts towards the contract (paid leave); null: none
     * @param excused days of the agent's own leave, across which the minimum consecutive working days and days off do
     *        not hold ({@link TimeOff#leave()}); null: none
     */
    record DayLimits(int[] wishes, boolean[] blocked, int[] credited, boolean[] excused) {

        static final DayLimits NONE = new DayLimits(null, null, null, null);

        boolean blocked(int day) {
            return blocked != null && blocked[day];
        }

        /** Whether {@code day} is a day of leave; a day outside the horizon is not. */
        boolean excused(int day) {
            return excused != null && day >= 0 && day < excused.length && excused[day];
        }

        /** Whether a day of leave lies in {@code from..to} (both included). */
        boolean anyExcused(int from, int to) {
            for (int day = from; day <= to; day++) {
                if (excused(day)) {
                    return true;
                }
            }
            return false;
        }

        /** The minutes the day counts towards the contract: a shift's when worked, its credit when off. */
        double minutes(boolean[] works, int day, double shiftMinutes) {
            return works[day] ? shiftMinutes : credit(day);
        }

        int credit(int day) {
            return credited == null ? 0 : credited[day];
        }
    }

    private static void search(Contract contract, boolean[] works, int day, int firstWeekday, double shiftMinutes,
            int weekends, DayLimits limits, int maxPatterns, List<boolean[]> found, long[] budget) {
        if (found.size() >= maxPatterns || --budget[0] < 0) {
            return;
        }
        int horizon = works.length;
        if (day == horizon) {
            double total = 0;
            for (int d = 0; d < horizon; d++) {
                total += limits.minutes(works, d, shiftMinutes);
            }
            if (total >= contract.minMinutesInHorizon() && (contract.maxMinutesInHorizon() == Contract.UNLIMITED
                    || total <= contract.maxMinutesInHorizon())) {
                found.add(works.clone());
            }
            return;
        }
        // alternate which branch comes first by day, so a capped search still mixes early and late days off
        int[] wishes = limits.wishes();
        boolean first = wishes != null && wishes[day] != 0 ? wishes[day] < 0 : (day * 31 + found.size()) % 2 == 0;
        for (boolean value : new boolean[] {first, !first}) {
            if (value && limits.blocked(day)) {
                continue;
            }
            works[day] = value;
            int weekday = (day + firstWeekday) % 7;
            int weekendsNow = weekends;
            if (weekday == 6 || day == horizon - 1 && weekday == 5) {
                boolean saturday = weekday == 6 ? day >= 1 && works[day - 1] : works[day];
                boolean sunday = weekday == 6 && works[day];
                weekendsNow += saturday || sunday ? 1 : 0;
            }
            if (weekendsNow <= contract.maxWeekends() && runsKept(contract, works, day, limits)
                    && weekKept(contract, works, day, firstWeekday, shiftMinutes, limits)) {
                search(contract, works, day + 1, firstWeekday, shiftMinutes, weekendsNow, limits, maxPatterns, found,
                        budget);
            }
        }
        works[day] = false;
    }

    /**
     * The run ending at {@code day} keeps the maximum working days, and the run it closed its minimum: a closed working
     * run next to a day of leave, and closed days off holding one, are exempt as the rules exempt them.
     */
    private static boolean runsKept(Contract contract, boolean[] works, int day, DayLimits limits) {
        int start = day;
        while (start > 0 && works[start - 1] == works[day]) {
            start--;
        }
        if (works[day] && day - start + 1 > contract.maxConsecutiveWorkingDays()) {
            return false;
        }
        if (start > 0 && start == day) {
            // a run just closed at day − 1: runs touching the horizon start are exempt
            int closedStart = start - 1;
            while (closedStart > 0 && works[closedStart - 1] == works[start - 1]) {
                closedStart--;
            }
            int length = start - closedStart;
            if (closedStart > 0) {
                boolean exempt = works[start - 1] ? limits.excused(closedStart - 1) || limits.excused(start)
                        : limits.anyExcused(closedStart, start - 1);
                int minimum = works[start - 1] ? contract.minConsecutiveWorkingDays() : contract.minConsecutiveDaysOff();
                return exempt || length >= minimum;
            }
        }
        return true;
    }

    /** The week of {@code day} can still, or does, keep its minimum and maximum minutes (full weeks only). */
    private static boolean weekKept(Contract contract, boolean[] works, int day, int firstWeekday, double shiftMinutes,
            DayLimits limits) {
        int weekStart = day - (day + firstWeekday) % 7;
        int weekEnd = weekStart + 7;
        if (weekStart < 0 || weekEnd > works.length) {
            return true;
        }
        int worked = 0;
        double minutes = 0;
        for (int d = weekStart; d <= day; d++) {
            worked += works[d] ? 1 : 0;
            minutes += limits.minutes(works, d, shiftMinutes);
        }
        // the days still open can add a shift each, a blocked one only its credit
        double reachable = minutes;
        for (int d = day + 1; d < weekEnd; d++) {
            reachable += limits.blocked(d) ? limits.credit(d) : shiftMinutes;
        }
        boolean underMax = contract.maxMinutesPerWeek() == Contract.UNLIMITED
                || worked * shiftMinutes <= contract.maxMinutesPerWeek();
        return underMax && reachable >= contract.minMinutesPerWeek();
    }

    /**
     * Among the patterns that break the agent's contract least, the one to use: with interval demand, the one whose
     * working days still need the agent's queues most, each day counted with its whole still-unmet need (so agents go
     * where most is missing, and a day's pull falls as it fills: water-filling; counting each day only up to one agent's
     * day of work, as before, made every day of a busy centre look alike and left the patterns' order to decide);
     * ties, and rosters without interval demand, spread over agents.
     */
    protected boolean[] pickPattern(Agent agent, List<boolean[]> best, int agentIndex) {
        List<long[]> needs = new ArrayList<>();
        agent.skills().keySet().forEach(q -> {
            long[] need = unmetByDay.get(q);
            if (need != null) {
                needs.add(need);
            }
        });
        if (needs.isEmpty()) {
            return best.get(Math.floorMod(agentIndex * 7919, best.size()));
        }
        double shiftMinutes = agent.shiftTypes().stream().mapToInt(ShiftType::lengthMinutes).average().orElse(480);
        long oneDay = (long) (1000 * shiftMinutes / DemandIndex.INTERVAL_MINUTES);
        boolean[] chosen = null;
        long chosenScore = Long.MIN_VALUE;
        for (int k = 0; k < best.size(); k++) {
            boolean[] candidate = best.get(Math.floorMod(agentIndex * 7919 + k, best.size()));
            long score = 0;
            for (int d = 0; d < candidate.length; d++) {
                if (candidate[d]) {
                    long need = 0;
                    for (long[] queueNeed : needs) {
                        need += queueNeed[d];
                    }
                    score += searchPatterns ? need : Math.min(need, oneDay);
                }
            }
            if (score > chosenScore) {
                chosenScore = score;
                chosen = candidate;
            }
        }
        return chosen;
    }

    /**
     * The candidates keeping the most of the agent's day wishes ({@link #wishesKept}); all of them for an agent without
     * day wishes. A pattern keeping the contract that grants a wished day off is always taken over one that does not:
     * among the hundreds of such patterns per contract, demand still chooses which (the greedy choice then sends the
     * next agents where this one is missing), and local search weighs wishes against coverage afterwards. Weighing
     * each wish against a day of demand instead kept 51–71 of the 96 wished days off of the DEMO bench's first roster
     * against 87 (docs/benchmarks.md).
     */
    private List<boolean[]> mostWished(Agent agent, List<boolean[]> candidates) {
        if (!dayWishes.containsKey(agent)) {
            return candidates;
        }
        int most = Integer.MIN_VALUE;
        List<boolean[]> kept = new ArrayList<>();
        for (boolean[] candidate : candidates) {
            int wishes = wishesKept(agent, candidate);
            if (wishes > most) {
                most = wishes;
                kept.clear();
            }
            if (wishes == most) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /**
     * The weight of the agent's day requests (for any shift) that a pattern keeps, less that of those it breaks: days off
     * it leaves free and days on it works count for, the others against; 0 for an agent without such wishes.
     */
    protected final int wishesKept(Agent agent, boolean[] works) {
        int[] wishes = dayWishes.get(agent);
        if (wishes == null) {
            return 0;
        }
        int kept = 0;
        for (int d = 0; d < Math.min(works.length, wishes.length); d++) {
            kept += works[d] ? -wishes[d] : wishes[d];
        }
        return kept;
    }

    /** The weight of the agent's preferred starts on this day that a shift of this type starting then meets. */
    protected final int startsMet(Agent agent, int day, ShiftType shift) {
        Map<Integer, List<StartPreference>> byDay = startWishes.get(agent);
        List<StartPreference> preferences = byDay == null ? null : byDay.get(day);
        if (preferences == null) {
            return 0;
        }
        int met = 0;
        for (StartPreference preference : preferences) {
            met += preference.isMetBy(shift) ? preference.weight() : 0;
        }
        return met;
    }

    /** Called with the working days chosen for an agent, before its runs get shift types. */
    protected void patternChosen(Agent agent, boolean[] works) {
    }

    /** How badly a pattern breaks the contract, in roughly the engine's hard units (estimate with mean shift length). */
    private static long contractCost(Contract contract, boolean[] works, DayLimits limits, double shiftMinutes,
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
                boolean exempt = edge || limits.excused(start - 1) || limits.excused(d);
                cost += exempt ? 0 : Math.max(0, contract.minConsecutiveWorkingDays() - length);
            } else if (!edge && !limits.anyExcused(start, d - 1)) {
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
                creditedMinutes += works[day] ? 0 : limits.credit(day);
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

    private void assignRun(ScoreDirector<Roster> scoreDirector, Agent agent, List<AgentDay> days, List<AgentDay> run,
            int agentIndex, Map<String, Integer> used, Map<IntervalDemand, Long> unmetInterval,
            Map<ShiftDemand, Integer> unmetCover) {
        if (run.isEmpty()) {
            return;
        }
        ShiftType best = pickShift(agent, run, agentIndex, used, unmetInterval, unmetCover);
        if (best == null) {
            return;
        }
        for (AgentDay agentDay : run) {
            ShiftType shift = shiftFor(agentDay, best, used);
            if (!fits(agentDay, shift, days, used)) {
                shift = bestFitting(agentDay, days, used, unmetInterval, unmetCover);
            }
            if (shift == null) {
                // nothing the day's availability, the rest after yesterday, the week's nights and hours allow
                continue;
            }
            assign(scoreDirector, agentDay, shift, used, unmetInterval, unmetCover);
        }
    }

    /**
     * Whether the shift keeps the hard rules that one day decides, given the agent's days already assigned: it is
     * offered that day (availability, time off), keeps the minimum rest and successions after the previous day, stays
     * within the template's cap, the contract's night shifts of the week and its maximum minutes of the week. The
     * maximum counts worked minutes only, as the rule does: paid leave's credit counts towards the minimum, and counting
     * it here as well refused a leave week's last working day, leaving a single day off between two runs.
     */
    static boolean fits(AgentDay agentDay, ShiftType shift, List<AgentDay> days, Map<String, Integer> used) {
        Agent agent = agentDay.getAgent();
        Contract contract = agent.contract();
        int day = agentDay.getDay();
        if (!agentDay.getOfferedShifts().contains(shift)
                || used.getOrDefault(shift.group(), 0) + 1 > agent.maxShiftsOf(shift)) {
            return false;
        }
        ShiftType previous = day > 0 ? days.get(day - 1).getShift() : null;
        if (previous != null && (previous.forbidsNextDay(shift)
                || 24 * 60 + shift.startMinute() - previous.endMinute() < contract.minRestMinutes())) {
            return false;
        }
        ShiftType next = day + 1 < days.size() ? days.get(day + 1).getShift() : null;
        if (next != null && (shift.forbidsNextDay(next)
                || 24 * 60 + next.startMinute() - shift.endMinute() < contract.minRestMinutes())) {
            return false;
        }
        int weekStart = day - Math.floorMod(agentDay.getDate().getDayOfWeek().getValue() - 1, 7);
        int nights = contract.hasNightWindow() && contract.isNightShift(shift) ? 1 : 0;
        long minutes = shift.lengthMinutes();
        for (int d = Math.max(0, weekStart); d < Math.min(days.size(), weekStart + 7); d++) {
            AgentDay other = days.get(d);
            if (d == day) {
                continue;
            }
            minutes += other.getWorkedMinutes();
            if (other.getShift() != null && contract.hasNightWindow() && contract.isNightShift(other.getShift())) {
                nights++;
            }
        }
        return (contract.maxNightShiftsPerWeek() == Contract.UNLIMITED || nights <= contract.maxNightShiftsPerWeek())
                && (contract.maxMinutesPerWeek() == Contract.UNLIMITED || minutes <= contract.maxMinutesPerWeek());
    }

    /** Among the shift types that fit the day ({@link #fits}), the one meeting the most still-unmet demand; or none. */
    private static ShiftType bestFitting(AgentDay agentDay, List<AgentDay> days, Map<String, Integer> used,
            Map<IntervalDemand, Long> unmetInterval, Map<ShiftDemand, Integer> unmetCover) {
        ShiftType best = null;
        long bestGain = Long.MIN_VALUE;
        List<AgentDay> single = List.of(agentDay);
        for (ShiftType candidate : agentDay.getOfferedShifts()) {
            if (!fits(agentDay, candidate, days, used)) {
                continue;
            }
            long gain = unmetGain(single, candidate, unmetInterval, unmetCover);
            if (gain > bestGain) {
                bestGain = gain;
                best = candidate;
            }
        }
        return best;
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
            if (used.getOrDefault(candidate.group(), 0) + run.size() > agent.maxShiftsOf(candidate)
                    || strandsRun(agent, run, candidate)) {
                continue;
            }
            long gain = unmetGain(offeredDays(run, candidate), candidate, unmetInterval, unmetCover)
                    + startWishGain(agent, run, candidate);
            if (gain > bestGain) {
                bestGain = gain;
                best = candidate;
            }
        }
        return best;
    }

    /**
     * Whether a run of night shifts of this type is longer than the contract's night shifts a week and no day shift of
     * the agent's may follow the type (rest, successions): the days beyond the limit would then have no shift at all and
     * leave single days off inside the run. The demo's NIGHT (23:00–07:00) is such a type, its EVENING (to 01:00) is
     * not: a LATE shift may follow it.
     */
    static boolean strandsRun(Agent agent, List<AgentDay> run, ShiftType candidate) {
        Contract contract = agent.contract();
        if (!contract.hasNightWindow() || !contract.isNightShift(candidate)
                || contract.maxNightShiftsPerWeek() == Contract.UNLIMITED || run.size() <= contract.maxNightShiftsPerWeek()) {
            return false;
        }
        for (ShiftType next : agent.shiftTypes()) {
            if (!contract.isNightShift(next) && !candidate.forbidsNextDay(next)
                    && 24 * 60 + next.startMinute() - candidate.endMinute() >= contract.minRestMinutes()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The agent's preferred starts on the run's days that the shift type meets, in the units of {@link #unmetGain}
     * (thousandths of an agent per quarter-hour): {@link #WISH_POINTS_PER_DAY} points weigh one shift of demand.
     */
    private long startWishGain(Agent agent, List<AgentDay> run, ShiftType candidate) {
        long points = 0;
        for (AgentDay agentDay : run) {
            points += startsMet(agent, agentDay.getDay(), candidate);
        }
        return Math.round(points * 1000.0 * candidate.lengthMinutes() / DemandIndex.INTERVAL_MINUTES / WISH_POINTS_PER_DAY);
    }

    /** The days of the run that offer the shift type (availability): only there can the run's type be worked. */
    static List<AgentDay> offeredDays(List<AgentDay> run, ShiftType shift) {
        List<AgentDay> offered = new ArrayList<>(run.size());
        for (AgentDay agentDay : run) {
            if (agentDay.getOfferedShifts().contains(shift)) {
                offered.add(agentDay);
            }
        }
        return offered;
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

    private void consume(AgentDay agentDay, ShiftType shift, Map<IntervalDemand, Long> unmetInterval,
            Map<ShiftDemand, Integer> unmetCover) {
        if (shift == null) {
            return;
        }
        for (Supply supply : agentDay.getDemandIndexSupplies(shift)) {
            change(supply.demand(), -supply.milli(), unmetInterval);
        }
        ShiftDemand cover = agentDay.getDemandIndexShiftDemand(shift);
        if (cover != null) {
            unmetCover.merge(cover, -1, Integer::sum);
        }
    }

    /**
     * The share of the interval requirement the roster built leaves uncovered, before breaks, each agent counted by the
     * share rule the start works with (0 without interval demand).
     */
    protected final double unmetShare() {
        long unmet = 0;
        for (long[] days : unmetByDay.values()) {
            for (long day : days) {
                unmet += day;
            }
        }
        return requiredMilli == 0 ? 0 : (double) unmet / requiredMilli;
    }

    /** Changes a demand's unmet part by delta, keeping the day's still-short total up to date. */
    private void change(IntervalDemand demand, long delta, Map<IntervalDemand, Long> unmetInterval) {
        long before = unmetInterval.getOrDefault(demand, 0L);
        long after = before + delta;
        unmetInterval.put(demand, after);
        long[] need = unmetByDay.get(demand.queue());
        int day = demand.interval() / (24 * 60 / DemandIndex.INTERVAL_MINUTES);
        if (need != null && day < need.length) {
            need[day] += Math.max(0, after) - Math.max(0, before);
        }
    }}
