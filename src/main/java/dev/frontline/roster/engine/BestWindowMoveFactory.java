package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * For centres that ask cover per day and shift type: one agent's days over a week ({@value #WINDOW} days from a random
 * day) rebuilt to the best other assignment for the cover and the agent's requests, with everybody else's shifts as
 * they are ({@link WindowSearch}). Single and block moves reach another good week for an agent only through states
 * the consecutive-day and hours rules forbid; this move goes there in one step, and never back to the week as it is.
 * The search's acceptance judges it like any other move: when the week was already the agent's best, the move is the
 * cheapest way to change it, which frees other agents' weeks to improve (measured on Curtois Instances 4-7,
 * docs/benchmarks.md).
 */
public class BestWindowMoveFactory implements MoveIteratorFactory<Roster, BlockMove> {

    static final int WINDOW = 7;

    private List<AgentDay[]> rows = List.of();
    private Map<AgentDay, List<ShiftRequest>> requests = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        Roster roster = scoreDirector.getWorkingSolution();
        Map<Agent, List<AgentDay>> byAgent = new LinkedHashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            byAgent.computeIfAbsent(agentDay.getAgent(), a -> new ArrayList<>()).add(agentDay);
        }
        List<AgentDay[]> sorted = new ArrayList<>();
        Map<Agent, AgentDay[]> rowOf = new HashMap<>();
        for (Map.Entry<Agent, List<AgentDay>> entry : byAgent.entrySet()) {
            AgentDay[] row = entry.getValue().stream().sorted(Comparator.comparingInt(AgentDay::getDay))
                    .toArray(AgentDay[]::new);
            sorted.add(row);
            rowOf.put(entry.getKey(), row);
        }
        Map<AgentDay, List<ShiftRequest>> byDay = new HashMap<>();
        for (ShiftRequest request : roster.getShiftRequests()) {
            AgentDay[] row = rowOf.get(request.agent());
            if (row != null && request.day() >= 0 && request.day() < row.length) {
                byDay.computeIfAbsent(row[request.day()], d -> new ArrayList<>()).add(request);
            }
        }
        rows = sorted;
        requests = byDay;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return rows.isEmpty() ? 0 : (long) rows.size() * rows.get(0).length;
    }

    @Override
    public Iterator<BlockMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("window moves are only selected at random");
    }

    @Override
    public Iterator<BlockMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !rows.isEmpty() && rows.get(0).length > 0;
            }

            @Override
            public BlockMove next() {
                int agent = random.nextInt(rows.size());
                AgentDay[] row = rows.get(agent);
                int length = Math.min(WINDOW, row.length);
                int from = random.nextInt(row.length - length + 1);
                WindowSearch search = new WindowSearch(row, from, from + length - 1, requests,
                        coverOfOthers(agent, from, from + length - 1));
                List<ShiftType> best = search.bestOther();
                List<AgentDay> days = new ArrayList<>();
                List<ShiftType> shifts = new ArrayList<>();
                for (int d = from; best != null && d < from + length; d++) {
                    if (!Objects.equals(row[d].getShift(), best.get(d - from))) {
                        days.add(row[d]);
                        shifts.add(best.get(d - from));
                    }
                }
                if (days.isEmpty()) {
                    // no other assignment keeps the agent's rules: a move that changes nothing, which is not doable
                    days.add(row[from]);
                    shifts.add(row[from].getShift());
                }
                return BlockMove.set(days, shifts);
            }
        };
    }

    /** Per window day, how many other agents work each shift type. */
    private List<Map<ShiftType, Integer>> coverOfOthers(int agent, int from, int to) {
        List<Map<ShiftType, Integer>> cover = new ArrayList<>(to - from + 1);
        for (int d = from; d <= to; d++) {
            Map<ShiftType, Integer> counts = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                ShiftType shift = r == agent ? null : rows.get(r)[d].getShift();
                if (shift != null) {
                    counts.merge(shift, 1, Integer::sum);
                }
            }
            cover.add(counts);
        }
        return cover;
    }

    /**
     * Depth-first search over one agent's window, one day at a time, for its cheapest assignment other than the current
     * one, pruned by the agent's own rules (offered shifts, forbidden successions, consecutive working days and days
     * off, shift-type caps) and by a bound on the cost still to come. Minutes and weekends are checked at each leaf: a
     * window may not leave them further from the contract than they are. Cost = cover missed or exceeded with this
     * agent's shifts (the demand's weights) plus the agent's requests broken.
     */
    static final class WindowSearch {

        /** Shift types tried per day besides a day off and the day's current shift: the cheapest ones. */
        static final int SHIFTS_PER_DAY = 3;
        /** Search nodes per move at most, so a move's cost stays bounded however many shift types a day offers. */
        static final int MAX_NODES = 20_000;

        private final AgentDay[] row;
        private final int from;
        private final int to;
        private final Contract contract;
        private final Agent agent;
        private final List<List<ShiftType>> options = new ArrayList<>();
        private final List<long[]> costs = new ArrayList<>();
        /** Least cost of the days after each window day. */
        private final long[] restBound;
        private final ShiftType[] chosen;
        private final Map<String, Integer> groupCounts = new HashMap<>();
        private ShiftType[] best;
        private long bestCost;
        private long currentCost;
        private int nodes;

        WindowSearch(AgentDay[] row, int from, int to, Map<AgentDay, List<ShiftRequest>> requests,
                List<Map<ShiftType, Integer>> coverOfOthers) {
            this.row = row;
            this.from = from;
            this.to = to;
            this.agent = row[from].getAgent();
            this.contract = agent.contract();
            this.chosen = new ShiftType[to - from + 1];
            this.restBound = new long[to - from + 2];
            for (int d = from; d <= to; d++) {
                addOptions(row[d], requests.getOrDefault(row[d], List.of()), coverOfOthers.get(d - from));
            }
            for (int i = to - from; i >= 0; i--) {
                long least = Long.MAX_VALUE;
                for (long cost : costs.get(i)) {
                    least = Math.min(least, cost);
                }
                restBound[i] = restBound[i + 1] + least;
            }
            if (agent.hasShiftTypeCaps()) {
                for (int d = 0; d < row.length; d++) {
                    if ((d < from || d > to) && row[d].getShift() != null) {
                        groupCounts.merge(row[d].getShift().group(), 1, Integer::sum);
                    }
                }
            }
        }

        private void addOptions(AgentDay day, List<ShiftRequest> dayRequests, Map<ShiftType, Integer> cover) {
            List<ShiftType> dayOptions = new ArrayList<>();
            dayOptions.add(null);
            if (day.isPinned()) {
                dayOptions.set(0, day.getShift());
            } else {
                List<ShiftType> offered = new ArrayList<>();
                for (ShiftType shift : day.getOfferedShifts()) {
                    if (agent.mayWork(shift)) {
                        offered.add(shift);
                    }
                }
                offered.sort(Comparator.comparingLong(s -> cost(day, s, dayRequests, cover)));
                for (int i = 0; i < offered.size(); i++) {
                    if (i < SHIFTS_PER_DAY || offered.get(i).equals(day.getShift())) {
                        dayOptions.add(offered.get(i));
                    }
                }
            }
            long[] dayCosts = new long[dayOptions.size()];
            for (int i = 0; i < dayCosts.length; i++) {
                dayCosts[i] = cost(day, dayOptions.get(i), dayRequests, cover);
            }
            currentCost += cost(day, day.getShift(), dayRequests, cover);
            options.add(dayOptions);
            costs.add(dayCosts);
        }

        /**
         * What this day's assignment costs against the agent being off, others' shifts fixed: a shift filling a missing
         * place saves the under-weight, one past the requirement costs the over-weight; plus the day's broken requests.
         */
        private static long cost(AgentDay day, ShiftType shift, List<ShiftRequest> dayRequests,
                Map<ShiftType, Integer> cover) {
            long cost = 0;
            if (shift != null) {
                ShiftDemand demand = day.getDemandIndexShiftDemand(shift);
                if (demand != null) {
                    boolean missing = cover.getOrDefault(shift, 0) < demand.required();
                    cost += missing ? -demand.underWeight() : demand.overWeight();
                }
            }
            for (ShiftRequest request : dayRequests) {
                if (request.wantsToWork() != request.matches(shift)) {
                    cost += request.weight();
                }
            }
            return cost;
        }

        /** The window's cheapest assignment other than the current one that keeps the agent's rules; null if none. */
        List<ShiftType> bestOther() {
            bestCost = Long.MAX_VALUE;
            best = null;
            ShiftType before = from > 0 ? row[from - 1].getShift() : null;
            search(0, before, runBefore(true), runBefore(false), 0);
            return best == null ? null : Arrays.asList(best);
        }

        /** What the last {@link #bestOther} costs more than the window as it is (negative: it saves). */
        long costChange() {
            return bestCost - currentCost;
        }

        private boolean changesWindow() {
            for (int i = 0; i < chosen.length; i++) {
                if (!Objects.equals(chosen[i], row[from + i].getShift())) {
                    return true;
                }
            }
            return false;
        }

        /** Consecutive working (or off) days just before the window. */
        private int runBefore(boolean working) {
            int count = 0;
            for (int d = from - 1; d >= 0 && (row[d].getShift() != null) == working; d--) {
                count++;
            }
            return count;
        }

        /**
         * Runs are held to their minimum length only when they start after the horizon start and end before its end,
         * as the score holds them (the days outside the horizon are unknown).
         *
         * @param work working days in the run ending just before window day {@code i} (0 after a day off)
         * @param off  days off in the run ending just before window day {@code i} (0 after a working day)
         */
        private void search(int i, ShiftType previous, int work, int off, long cost) {
            if (++nodes > MAX_NODES || cost + restBound[i] >= bestCost) {
                return;
            }
            if (i == chosen.length) {
                if (changesWindow() && endsWell(previous, work, off) && keepsHoursAndWeekends()) {
                    bestCost = cost;
                    best = chosen.clone();
                }
                return;
            }
            int day = from + i;
            List<ShiftType> dayOptions = options.get(i);
            long[] dayCosts = costs.get(i);
            for (int k = 0; k < dayOptions.size(); k++) {
                ShiftType shift = dayOptions.get(k);
                if (shift == null) {
                    if (work > 0 && work < contract.minConsecutiveWorkingDays() && day - work > 0) {
                        continue;
                    }
                    chosen[i] = null;
                    search(i + 1, null, 0, off + 1, cost + dayCosts[k]);
                    continue;
                }
                if (previous != null && previous.forbidsNextDay(shift)
                        || work + 1 > contract.maxConsecutiveWorkingDays()
                        || off > 0 && off < contract.minConsecutiveDaysOff() && day - off > 0) {
                    continue;
                }
                String group = shift.group();
                boolean capped = agent.hasShiftTypeCaps();
                int used = capped ? groupCounts.getOrDefault(group, 0) : 0;
                if (capped && used + 1 > agent.maxShiftsOfGroup(group)) {
                    continue;
                }
                if (capped) {
                    groupCounts.put(group, used + 1);
                }
                chosen[i] = shift;
                search(i + 1, shift, work + 1, 0, cost + dayCosts[k]);
                if (capped) {
                    groupCounts.put(group, used);
                }
            }
        }

        /**
         * The run through the window's last day, continued by the days after it, keeps the contract, and so does the
         * next run after it (which the window may have shortened or lengthened at its start).
         */
        private boolean endsWell(ShiftType last, int work, int off) {
            int after = to + 1;
            if (last != null && after < row.length && row[after].getShift() != null
                    && last.forbidsNextDay(row[after].getShift())) {
                return false;
            }
            int end = runEnd(after, last != null);
            int length = (last != null ? work : off) + end - after;
            boolean held = after - length > 0 && end < row.length;
            if (last != null ? length > contract.maxConsecutiveWorkingDays()
                    || held && length < contract.minConsecutiveWorkingDays()
                    : held && length < contract.minConsecutiveDaysOff()) {
                return false;
            }
            if (end >= row.length) {
                return true;
            }
            int nextEnd = runEnd(end, last == null);
            int next = nextEnd - end;
            boolean nextHeld = nextEnd < row.length;
            if (last != null) {
                return !nextHeld || next >= contract.minConsecutiveDaysOff();
            }
            return next <= contract.maxConsecutiveWorkingDays()
                    && (!nextHeld || next >= contract.minConsecutiveWorkingDays());
        }

        /** The first day from {@code day} on that is not working (or not off). */
        private int runEnd(int day, boolean working) {
            int d = day;
            while (d < row.length && (row[d].getShift() != null) == working) {
                d++;
            }
            return d;
        }

        /** Minutes (horizon and full weeks) and weekends no further from the contract than the row is now. */
        private boolean keepsHoursAndWeekends() {
            long[] horizon = new long[4];
            Map<Integer, long[]> weeks = new HashMap<>();
            for (int d = 0; d < row.length; d++) {
                ShiftType now = row[d].getShift();
                ShiftType then = d >= from && d <= to ? chosen[d - from] : now;
                long[] week = weeks.computeIfAbsent(row[d].getWeek(), w -> new long[5]);
                add(horizon, row[d], now, then);
                add(week, row[d], now, then);
                week[4]++;
            }
            if (fartherFrom(contract.minMinutesInHorizon(), contract.maxMinutesInHorizon(), horizon)) {
                return false;
            }
            for (long[] week : weeks.values()) {
                // a week cut by the horizon is not held to the weekly minimum, as in the score
                if (fartherFrom(week[4] == 7 ? contract.minMinutesPerWeek() : 0, contract.maxMinutesPerWeek(), week)) {
                    return false;
                }
            }
            return contract.maxWeekends() == Contract.UNLIMITED
                    || Math.max(contract.maxWeekends(), weekendsWorked(false)) >= weekendsWorked(true);
        }

        /** Adds a day's minutes: counted (leave's credit included) now and then, worked now and then. */
        private static void add(long[] minutes, AgentDay day, ShiftType now, ShiftType then) {
            minutes[0] += now == null ? day.getCreditedMinutes() : now.lengthMinutes();
            minutes[1] += then == null ? day.getCreditedMinutes() : then.lengthMinutes();
            minutes[2] += now == null ? 0 : now.lengthMinutes();
            minutes[3] += then == null ? 0 : then.lengthMinutes();
        }

        /** Whether the window leaves counted minutes further below {@code min} or worked ones above {@code max}. */
        private static boolean fartherFrom(int min, int max, long[] minutes) {
            return shortfall(minutes[1], min) > shortfall(minutes[0], min)
                    || excess(minutes[3], max) > excess(minutes[2], max);
        }

        private int weekendsWorked(boolean withWindow) {
            Set<Integer> weeks = new HashSet<>();
            for (int d = 0; d < row.length; d++) {
                ShiftType shift = withWindow && d >= from && d <= to ? chosen[d - from] : row[d].getShift();
                if (shift != null && row[d].isWeekend()) {
                    weeks.add(row[d].getWeek());
                }
            }
            return weeks.size();
        }

        private static long shortfall(long minutes, int min) {
            return Math.max(0, min - minutes);
        }

        private static long excess(long minutes, int max) {
            return max == Contract.UNLIMITED ? 0 : Math.max(0, minutes - max);
        }
    }
}
