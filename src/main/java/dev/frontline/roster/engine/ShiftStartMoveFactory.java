package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Start-time moves: a worked shift starts {@value #SMALL}, {@value #MEDIUM} or {@value #LARGE} minutes earlier or later
 * with the same length, as one of the agent's own shift types. With 100 shift types a change move almost always
 * lands far from the shift it replaces; a peak that needs one more agent a quarter of an hour earlier needs exactly
 * this nudge. Hours, days worked and shift counts stay; only coverage, rest and preferences move. One move in
 * {@value #RUN_SHARE_PERCENT} % moves the whole working run through the day by the same amount, so that the rest
 * between its days stays as it was.
 */
public class ShiftStartMoveFactory implements MoveIteratorFactory<Roster, BlockMove> {

    static final int SMALL = 15;
    static final int MEDIUM = 30;
    static final int LARGE = 60;
    private static final int[] DELTAS = {-LARGE, -MEDIUM, -SMALL, SMALL, MEDIUM, LARGE};
    static final int RUN_SHARE_PERCENT = 30;

    /** Per agent: its days in order, and per shift type it may work, the same-length types at each delta. */
    record AgentRow(AgentDay[] days, Map<ShiftType, ShiftType[]> neighbours) {
    }

    private List<AgentRow> rows = List.of();

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        Map<Agent, List<AgentDay>> byAgent = new LinkedHashMap<>();
        for (AgentDay agentDay : scoreDirector.getWorkingSolution().getAgentDays()) {
            byAgent.computeIfAbsent(agentDay.getAgent(), a -> new ArrayList<>()).add(agentDay);
        }
        Map<List<ShiftType>, Map<ShiftType, ShiftType[]>> shared = new HashMap<>();
        List<AgentRow> found = new ArrayList<>();
        byAgent.forEach((agent, days) -> {
            Map<ShiftType, ShiftType[]> neighbours = shared.computeIfAbsent(agent.shiftTypes(),
                    ShiftStartMoveFactory::neighbours);
            if (!neighbours.isEmpty()) {
                days.sort(Comparator.comparingInt(AgentDay::getDay));
                found.add(new AgentRow(days.toArray(AgentDay[]::new), neighbours));
            }
        });
        rows = found;
    }

    /** For each shift type, the shift type of the same length starting at each of {@link #DELTAS}, or null. */
    static Map<ShiftType, ShiftType[]> neighbours(List<ShiftType> shiftTypes) {
        Map<String, ShiftType> byStartAndLength = new HashMap<>();
        shiftTypes.forEach(s -> byStartAndLength.put(s.startMinute() + "/" + s.lengthMinutes(), s));
        Map<ShiftType, ShiftType[]> neighbours = new HashMap<>();
        for (ShiftType shift : shiftTypes) {
            ShiftType[] row = new ShiftType[DELTAS.length];
            boolean any = false;
            for (int k = 0; k < DELTAS.length; k++) {
                row[k] = byStartAndLength.get((shift.startMinute() + DELTAS[k]) + "/" + shift.lengthMinutes());
                any |= row[k] != null;
            }
            if (any) {
                neighbours.put(shift, row);
            }
        }
        return neighbours;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        long days = rows.isEmpty() ? 0 : rows.get(0).days().length;
        return rows.size() * days * DELTAS.length;
    }

    @Override
    public Iterator<BlockMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("start-time moves are only selected at random");
    }

    @Override
    public Iterator<BlockMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !rows.isEmpty();
            }

            @Override
            public BlockMove next() {
                AgentRow row = rows.get(random.nextInt(rows.size()));
                AgentDay day = row.days()[random.nextInt(row.days().length)];
                int delta = random.nextInt(DELTAS.length);
                BlockMove move = random.nextInt(100) < RUN_SHARE_PERCENT ? moveRun(row, day.getDay(), delta)
                        : moveDay(row, day, delta);
                // a move that changes nothing is not doable, and the solver skips it
                return move != null ? move : BlockMove.assign(List.of(day), day.getShift());
            }
        };
    }

    static BlockMove moveDay(AgentRow row, AgentDay day, int delta) {
        ShiftType target = target(row, day, delta);
        return target == null ? null : BlockMove.assign(List.of(day), target);
    }

    /** Every day of the working run through {@code dayIndex} starts by the same delta; null when one day cannot. */
    static BlockMove moveRun(AgentRow row, int dayIndex, int delta) {
        AgentDay[] days = row.days();
        if (days[dayIndex].getShift() == null) {
            return null;
        }
        int start = dayIndex;
        int end = dayIndex;
        while (start > 0 && days[start - 1].getShift() != null) {
            start--;
        }
        while (end < days.length - 1 && days[end + 1].getShift() != null) {
            end++;
        }
        List<AgentDay> run = new ArrayList<>(end - start + 1);
        List<ShiftType> targets = new ArrayList<>(end - start + 1);
        for (int d = start; d <= end; d++) {
            ShiftType target = target(row, days[d], delta);
            if (target == null) {
                return null;
            }
            run.add(days[d]);
            targets.add(target);
        }
        return BlockMove.set(run, targets);
    }

    private static ShiftType target(AgentRow row, AgentDay day, int delta) {
        if (day.isPinned() || day.getShift() == null) {
            return null;
        }
        ShiftType[] neighbours = row.neighbours().get(day.getShift());
        return neighbours == null ? null : neighbours[delta];
    }
}
