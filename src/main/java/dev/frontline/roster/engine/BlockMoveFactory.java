package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link BlockMove}s. One in five is a pair swap: two agents exchange their shifts on two days up to a week
 * apart (coverage stays put, and when one agent gains a shift on one day and gives one up on the other, both keep
 * their hours and shift counts). The rest work on 1 to {@value #MAX_BLOCK} consecutive days: 40 % swap a run with
 * another agent's same days (coverage of those days stays put), 20 % swap a run with another run of the same agent
 * (the agent's hours and shift counts stay put), 10 % slide one of an agent's working runs by one or two days (hours,
 * counts and run length stay put; only which days are worked changes), the rest give a run one shift type or days
 * off. Pinned days are never touched.
 */
public class BlockMoveFactory implements MoveIteratorFactory<Roster, BlockMove> {

    static final int MAX_BLOCK = 5;

    private List<AgentDay[]> agentDays = List.of();

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        Map<Agent, List<AgentDay>> byAgent = new LinkedHashMap<>();
        for (AgentDay agentDay : scoreDirector.getWorkingSolution().getAgentDays()) {
            byAgent.computeIfAbsent(agentDay.getAgent(), a -> new ArrayList<>()).add(agentDay);
        }
        List<AgentDay[]> rows = new ArrayList<>();
        for (List<AgentDay> days : byAgent.values()) {
            days.sort(Comparator.comparingInt(AgentDay::getDay));
            rows.add(days.toArray(AgentDay[]::new));
        }
        agentDays = rows;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        long days = agentDays.isEmpty() ? 0 : agentDays.get(0).length;
        return (long) agentDays.size() * days * MAX_BLOCK * (agentDays.size() + 4);
    }

    @Override
    public Iterator<BlockMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("block moves are only selected at random");
    }

    @Override
    public Iterator<BlockMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return agentDays.size() > 1 || (!agentDays.isEmpty() && agentDays.get(0).length > 0);
            }

            @Override
            public BlockMove next() {
                AgentDay[] row = agentDays.get(random.nextInt(agentDays.size()));
                if (random.nextDouble() < PAIR_SWAP_SHARE && agentDays.size() > 1) {
                    BlockMove pair = pairSwap(row, agentDays.get(random.nextInt(agentDays.size())), random);
                    if (pair != null) {
                        return pair;
                    }
                }
                int length = 1 + random.nextInt(Math.min(MAX_BLOCK, row.length));
                int from = random.nextInt(row.length - length + 1);
                List<AgentDay> block = unpinned(row, from, length);
                double kind = random.nextDouble();
                if (kind < 0.4 && agentDays.size() > 1) {
                    AgentDay[] other = agentDays.get(random.nextInt(agentDays.size()));
                    if (other != row && other.length == row.length) {
                        List<AgentDay> otherBlock = unpinned(other, from, length);
                        if (otherBlock.size() == length && block.size() == length) {
                            return BlockMove.swap(block, otherBlock);
                        }
                    }
                } else if (kind < 0.5) {
                    BlockMove slide = slide(row, random);
                    if (slide != null) {
                        return slide;
                    }
                } else if (kind < 0.7 && row.length >= 2 * length) {
                    int to = random.nextInt(row.length - length + 1);
                    List<AgentDay> otherBlock = unpinned(row, to, length);
                    if (Math.abs(to - from) >= length && otherBlock.size() == length && block.size() == length) {
                        return BlockMove.swap(block, otherBlock);
                    }
                }
                List<ShiftType> range = row[0].getShiftRange();
                int pick = random.nextInt(range.size() + 1);
                return BlockMove.assign(block, pick == range.size() ? null : range.get(pick));
            }
        };
    }

    /** Share of moves that are {@link #pairSwap}s; the rest follow the mix described on the class. */
    static final double PAIR_SWAP_SHARE = 0.2;
    /** Days between the two days of a pair swap at most: a week, so both fall in nearby weeks' minutes. */
    static final int PAIR_SPAN = 7;

    /**
     * Swaps two agents' shifts on two days at once, the second day within a week of the first: coverage stays put and
     * when one agent gains a shift on one day and loses one on the other, both keep their hours and shift counts.
     */
    static BlockMove pairSwap(AgentDay[] row, AgentDay[] other, Random random) {
        if (other == row || other.length != row.length || row.length < 2) {
            return null;
        }
        int first = random.nextInt(row.length);
        if (row[first].isPinned() || other[first].isPinned()
                || Objects.equals(row[first].getShift(), other[first].getShift())) {
            return null;
        }
        int offset = 1 + random.nextInt(Math.min(PAIR_SPAN, row.length - 1));
        int second = random.nextBoolean() ? first + offset : first - offset;
        if (second < 0 || second >= row.length || row[second].isPinned() || other[second].isPinned()
                || Objects.equals(row[second].getShift(), other[second].getShift())) {
            return null;
        }
        return BlockMove.swap(List.of(row[first], row[second]), List.of(other[first], other[second]));
    }

    /** The working run through a random working day, moved one or two days earlier or later; null if none fits. */
    static BlockMove slide(AgentDay[] row, Random random) {
        int day = random.nextInt(row.length);
        if (row[day].getShift() == null) {
            return null;
        }
        int start = day;
        int end = day;
        while (start > 0 && row[start - 1].getShift() != null) {
            start--;
        }
        while (end < row.length - 1 && row[end + 1].getShift() != null) {
            end++;
        }
        int by = (1 + random.nextInt(2)) * (random.nextBoolean() ? 1 : -1);
        int from = Math.min(start, start + by);
        int to = Math.max(end, end + by);
        if (from < 0 || to >= row.length) {
            return null;
        }
        List<AgentDay> days = new ArrayList<>(to - from + 1);
        List<ShiftType> shifts = new ArrayList<>(to - from + 1);
        for (int d = from; d <= to; d++) {
            if (row[d].isPinned()) {
                return null;
            }
            int source = d - by;
            days.add(row[d]);
            shifts.add(source >= start && source <= end ? row[source].getShift() : null);
        }
        return BlockMove.set(days, shifts);
    }

    private static List<AgentDay> unpinned(AgentDay[] row, int from, int length) {
        List<AgentDay> block = new ArrayList<>(length);
        for (int d = from; d < from + length; d++) {
            if (!row[d].isPinned()) {
                block.add(row[d]);
            }
        }
        return block.isEmpty() ? Collections.emptyList() : block;
    }
}
