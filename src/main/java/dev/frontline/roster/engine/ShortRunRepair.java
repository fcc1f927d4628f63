package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

/**
 * Mends the runs the first roster leaves too short. The pattern start plans each agent's working runs and days off
 * within the contract, but a planned day that no shift fits (the week's maximum hours already reached by longer shifts,
 * availability, the rest after yesterday) stays off: "WW.WW" where the contract wants two days off together. On the
 * demo centre that left 9 such breaches in the first roster, and local search took 15–45 s to clear them.
 * <p>
 * For each run of days off shorter than the contract's minimum, and each working run shorter than its minimum, with
 * days of the other kind on both sides, the repairs tried are: fill the days off (each offered shift type, the same on
 * every day), move a working day into the gap, the one on either side or any of the same week (which keeps the week's
 * hours: "WWW..W.WW" becomes "WWW...WWW"), on any shift type the gap day offers, or give the neighbouring working days
 * off on the left, the right or both (as many as the minimum needs); for a short working run, give it off or extend it
 * by the days its minimum needs. Each repair is scored with the real score, so a repair that breaks another rule (the
 * week's hours, the weekend limit) loses to one that does not, and the best is kept only where it beats the roster as
 * it is. Pinned days are never changed ({@link BlockMove} refuses them).
 */
public class ShortRunRepair implements PhaseCommand<Roster> {

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        InnerScoreDirector<Roster, HardSoftLongScore> inner = (InnerScoreDirector<Roster, HardSoftLongScore>) scoreDirector;
        if (inner.calculateScore().raw().hardScore() >= 0) {
            return;
        }
        // one pass: an agent's runs are its own, and repairAgent scans the agent again after each repair
        DaysOfAgents daysOfAgents = new DaysOfAgents(roster);
        int horizon = roster.getHorizonDays();
        for (Agent agent : roster.getAgents()) {
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            AgentDay[] days = new AgentDay[horizon];
            for (int d = 0; d < horizon; d++) {
                days[d] = daysOfAgents.of(agent, d);
            }
            if (!Arrays.asList(days).contains(null)) {
                repairAgent(inner, agent.contract(), days);
            }
        }
    }

    /** Repairs the agent's short runs one at a time, each with its best repair. */
    private static void repairAgent(InnerScoreDirector<Roster, HardSoftLongScore> inner, Contract contract,
            AgentDay[] days) {
        for (int start = 0; start < days.length; ) {
            int end = start;
            boolean working = days[start].isWorking();
            while (end + 1 < days.length && days[end + 1].isWorking() == working) {
                end++;
            }
            int minimum = working ? contract.minConsecutiveWorkingDays() : contract.minConsecutiveDaysOff();
            int length = end - start + 1;
            // a run at the horizon's edge may go on beyond it
            if (start > 0 && end < days.length - 1 && length < minimum
                    && repair(inner, days, start, end, minimum - length)) {
                // the runs around it changed: scan the agent again
                start = 0;
                continue;
            }
            start = end + 1;
        }
    }

    /** Keeps the best-scoring repair of the run [start, end] if it breaks fewer hard rules than the roster as it is. */
    private static boolean repair(InnerScoreDirector<Roster, HardSoftLongScore> inner, AgentDay[] days, int start, int end,
            int missing) {
        HardSoftLongScore current = inner.calculateScore().raw();
        BlockMove best = null;
        HardSoftLongScore bestScore = current;
        for (BlockMove candidate : days[start].isWorking()
                ? workingRunRepairs(days, start, end, missing)
                : daysOffRepairs(days, start, end, missing)) {
            if (!candidate.isMoveDoable(inner)) {
                continue;
            }
            HardSoftLongScore score = inner.executeTemporaryMove(candidate, false).raw();
            if (score.compareTo(bestScore) > 0) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null || bestScore.hardScore() <= current.hardScore()) {
            return false;
        }
        best.doMoveOnly(inner);
        inner.calculateScore();
        return true;
    }

    /** Days off [start, end], {@code missing} days short: fill them, or give neighbouring working days off. */
    private static List<BlockMove> daysOffRepairs(AgentDay[] days, int start, int end, int missing) {
        List<BlockMove> repairs = new ArrayList<>();
        List<AgentDay> gap = Arrays.asList(days).subList(start, end + 1);
        // the move itself refuses a shift type some day of the gap does not offer, and any pinned day
        for (ShiftType shift : gap.getFirst().getOfferedShifts()) {
            repairs.add(BlockMove.assign(gap, shift));
        }
        // a working day moved into the gap: the one on either side (the days off then lie together), or any of the same
        // week (the week keeps its hours); on its own shift type or any other the gap day offers, since the same one
        // may be outside that day's availability or too close to the next day's shift
        for (AgentDay gapDay : gap) {
            for (AgentDay other : days) {
                boolean beside = other.getDay() == start - 1 || other.getDay() == end + 1;
                if (other.isWorking() && (beside || other.getWeek() == gapDay.getWeek())) {
                    for (ShiftType shift : gapDay.getOfferedShifts()) {
                        repairs.add(BlockMove.set(List.of(other, gapDay), Arrays.asList(null, shift)));
                    }
                }
            }
        }
        for (int left = 0; left <= missing; left++) {
            int right = missing - left;
            if (start - left >= 0 && end + right < days.length) {
                List<AgentDay> cleared = new ArrayList<>(Arrays.asList(days).subList(start - left, start));
                cleared.addAll(Arrays.asList(days).subList(end + 1, end + 1 + right));
                if (cleared.stream().allMatch(AgentDay::isWorking)) {
                    repairs.add(BlockMove.assign(cleared, null));
                }
            }
        }
        return repairs;
    }

    /**
     * Working days [start, end], {@code missing} days short: give them off, or extend the run into the days off beside
     * it, each new day on the shift type of the run day next to it.
     */
    private static List<BlockMove> workingRunRepairs(AgentDay[] days, int start, int end, int missing) {
        List<BlockMove> repairs = new ArrayList<>();
        repairs.add(BlockMove.assign(Arrays.asList(days).subList(start, end + 1), null));
        for (int left = 0; left <= missing; left++) {
            int right = missing - left;
            if (start - left < 0 || end + right >= days.length) {
                continue;
            }
            List<AgentDay> added = new ArrayList<>(Arrays.asList(days).subList(start - left, start));
            added.addAll(Arrays.asList(days).subList(end + 1, end + 1 + right));
            List<ShiftType> shifts = new ArrayList<>(Collections.nCopies(left, days[start].getShift()));
            shifts.addAll(Collections.nCopies(right, days[end].getShift()));
            if (added.stream().noneMatch(AgentDay::isWorking)) {
                repairs.add(BlockMove.set(added, shifts));
            }
        }
        return repairs;
    }

}
