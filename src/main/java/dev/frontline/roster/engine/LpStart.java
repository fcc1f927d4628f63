package dev.frontline.roster.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

/**
 * The first roster from an LP relaxation ({@link RosterLowerBound#solveForStart}: breaks thinned over their windows,
 * so its shift counts leave room for everyone's breaks, which the before-breaks relaxation does not; on the bank
 * centre a start from the after-breaks relaxation ended a 60 s run at 3.9 % under-coverage after breaks against 5.1 %
 * from the before-breaks one, and the thinned model is the before-breaks one's size): the relaxation says how many of
 * each group's agents should work which shift type on which day; the pattern start ({@link PatternStart}) then
 * rounds that into real agents. Among the day patterns that break an agent's contract least it takes the one
 * covering the most of its group's still-open LP days (so nobody is sent in on a day the relaxation leaves empty, such
 * as a weekend without calls), and each working run gets the shift type with the most still-open LP shifts on its
 * days, within the agent's weekly maximum minutes, ties going to the most still-unmet demand.
 * <p>
 * Where agents serve more than one queue the pattern start comes first, and the guided start is built as well only
 * where the pattern start leaves much of the requirement uncovered; the score then picks between them
 * ({@link #keepTheBetterGuidedStart}). Rosters with per-shift cover only (Curtois) have no interval demand and no
 * relaxation: there it is the pattern start unchanged.
 */
public class LpStart extends PatternStart {

    /**
     * Seconds the relaxation may take; without an answer in time the start is the pattern start, which follows the
     * unmet demand day by day itself.
     */
    private static final double LP_SECONDS = 20;
    /**
     * A start needs shift counts, not a proof: PDLP at 10⁻³ instead of its default was about a third faster on the
     * bank centre after breaks (15 s against 21 s on a loaded machine) for a bound of 0.392 % against 0.393 %.
     */
    private static final double START_TOLERANCE = 1e-3;

    /**
     * The share of the requirement a multi-skilled centre's pattern start must leave uncovered (before breaks, by the
     * share rule) before the relaxation's guide is tried as well: it costs the relaxation and a second start (9 s on
     * the demo centre), and where the pattern start covers nearly everything the guide did not beat it. Measured:
     * 3–9 % on the generated centres (6 queues; 2 queues with 30 or 60 % cross-skilled; 300 agents at 105 %) and
     * 10.4 % on the demo centre, where the guide lost every time; 24.6 % on the cross-skilled bank centre, where it
     * won four to one.
     */
    private static final double GUIDE_WORTH_TRYING = 0.15;

    private Map<Agent, Integer> groupOf = Map.of();
    /** Still-open LP agents per group and day. */
    private double[][] openDays;
    /** Still-open LP shifts per group, day and shift type. */
    private Map<RosterLowerBound.ShiftKey, Double> openShifts = Map.of();
    private Map<Agent, AgentDay[]> daysOf = Map.of();
    private int horizonDays;
    /** The working days of the agent whose runs are being given shift types. */
    private boolean[] works;

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        horizonDays = roster.getHorizonDays();
        daysOf = new HashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            daysOf.computeIfAbsent(agentDay.getAgent(), a -> new AgentDay[horizonDays])[agentDay.getDay()] = agentDay;
        }
        boolean untouched = roster.getAgentDays().stream().noneMatch(AgentDay::isWorking);
        boolean multiSkilled = multiSkilled(roster);
        if (roster.getIntervalDemands().isEmpty() || !untouched || multiSkilled) {
            // the pattern start: for a repair, a centre without interval demand, and a multi-skilled centre (which may
            // then try the guide as well)
            searchPatterns = multiSkilled;
            super.changeWorkingSolution(scoreDirector, () -> false);
            if (multiSkilled && untouched && unmetShare() > GUIDE_WORTH_TRYING) {
                keepTheBetterGuidedStart(scoreDirector, roster);
            }
        } else {
            startGuided(scoreDirector, roster);
        }
    }

    /**
     * Where agents serve more than one queue the guide is sometimes the better start and sometimes far worse: on the
     * bank centre with 30 % of agents on two queues (12 groups of about 40 agents) it was four times better than the
     * pattern start (−150 M against −578 M soft with the agents split evenly over their queues; 7.6 % against 17.3 %
     * under-coverage after breaks at 120 s), on the demo centre (6 queues, 49 skill-set groups of about 3 agents, whose
     * fractional counts round badly) its start broke 152 hard rules against 9, on the generated two-queue centre it was
     * −4.0 M against −1.7 M soft. The guided start is built as well and kept only where the score prefers it.
     */
    private void keepTheBetterGuidedStart(ScoreDirector<Roster> scoreDirector, Roster roster) {
        HardSoftLongScore own = score(scoreDirector);
        Map<AgentDay, ShiftType> ownShifts = new HashMap<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            ownShifts.put(agentDay, agentDay.getShift());
            setShift(scoreDirector, agentDay, null);
        }
        startGuided(scoreDirector, roster);
        if (score(scoreDirector).compareTo(own) < 0) {
            ownShifts.forEach((agentDay, shift) -> setShift(scoreDirector, agentDay, shift));
            scoreDirector.triggerVariableListeners();
        }
    }

    private void startGuided(ScoreDirector<Roster> scoreDirector, Roster roster) {
        searchPatterns = false;
        RosterLowerBound.Solution lp = RosterLowerBound.solveForStart(roster, RosterLowerBound.SOLVER, LP_SECONDS,
                START_TOLERANCE);
        groupOf = new HashMap<>();
        for (int g = 0; g < lp.groups().size(); g++) {
            for (Agent agent : lp.groups().get(g).members()) {
                groupOf.put(agent, g);
            }
        }
        openDays = new double[lp.groups().size()][roster.getHorizonDays()];
        openShifts = new HashMap<>(lp.shiftCounts());
        lp.shiftCounts().forEach((key, count) -> openDays[key.group()][key.day()] += count);
        // the relaxation may have used up a short time limit; the pattern itself takes about a second and a solve
        // must not end with no roster at all
        super.changeWorkingSolution(scoreDirector, () -> false);
    }

    @SuppressWarnings("unchecked") // the roster's score director, as every phase of this solver gets it
    private static HardSoftLongScore score(ScoreDirector<Roster> scoreDirector) {
        return ((InnerScoreDirector<Roster, HardSoftLongScore>) scoreDirector).calculateScore().raw();
    }

    private static void setShift(ScoreDirector<Roster> scoreDirector, AgentDay agentDay, ShiftType shift) {
        if (agentDay.getShift() != shift) {
            scoreDirector.beforeVariableChanged(agentDay, "shift");
            agentDay.setShift(shift);
            scoreDirector.afterVariableChanged(agentDay, "shift");
        }
    }

    /** Whether some agent serves more than one queue with requirements. */
    static boolean multiSkilled(Roster roster) {
        java.util.Set<Queue> demanded = new java.util.HashSet<>();
        roster.getIntervalDemands().forEach(d -> demanded.add(d.queue()));
        return roster.getAgents().stream()
                .anyMatch(a -> a.skills().keySet().stream().filter(demanded::contains).count() > 1);
    }

    @Override
    protected boolean[] pickPattern(Agent agent, List<boolean[]> best, int agentIndex) {
        Integer group = groupOf.get(agent);
        if (group == null) {
            return super.pickPattern(agent, best, agentIndex);
        }
        boolean[] chosen = null;
        double chosenScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < best.size(); k++) {
            // rotating the first candidate spreads ties over agents, as the pattern start does
            boolean[] candidate = best.get(Math.floorMod(agentIndex * 7919 + k, best.size()));
            double score = 0;
            for (int d = 0; d < candidate.length; d++) {
                if (candidate[d]) {
                    score += Math.min(1, openDays[group][d]);
                }
            }
            if (score > chosenScore + 1e-9) {
                chosenScore = score;
                chosen = candidate;
            }
        }
        return chosen;
    }

    @Override
    protected void patternChosen(Agent agent, boolean[] works) {
        this.works = works;
        Integer group = groupOf.get(agent);
        if (group != null) {
            shortenLongRuns(agent.contract().maxConsecutiveWorkingDays(), works, openDays[group]);
            for (int d = 0; d < works.length; d++) {
                openDays[group][d] -= works[d] ? 1 : 0;
            }
        }
    }

    /**
     * Where the pattern, cut by time off, runs longer than the contract allows (a leave block where the pattern had its
     * days off moves the days off), the day of the run the relaxation needs least becomes a day off: on a centre closed
     * at weekends that is a weekend day nobody needs, and the first roster keeps the rule.
     */
    static void shortenLongRuns(int maxRun, boolean[] works, double[] open) {
        int start = -1;
        for (int d = 0; d <= works.length; d++) {
            if (d < works.length && works[d]) {
                start = start < 0 ? d : start;
                continue;
            }
            if (start >= 0 && d - start > maxRun) {
                int least = start;
                for (int k = start; k < d; k++) {
                    least = open[k] < open[least] ? k : least;
                }
                works[least] = false;
                d = start - 1;
            }
            start = -1;
        }
    }

    @Override
    protected ShiftType pickShift(Agent agent, List<AgentDay> run, int agentIndex, Map<String, Integer> used,
            Map<IntervalDemand, Long> unmetInterval, Map<ShiftDemand, Integer> unmetCover) {
        Integer group = groupOf.get(agent);
        if (group == null) {
            return super.pickShift(agent, run, agentIndex, used, unmetInterval, unmetCover);
        }
        List<ShiftType> types = agent.shiftTypes();
        int shortest = types.stream().mapToInt(ShiftType::lengthMinutes).min().orElse(0);
        ShiftType best = null;
        long bestExcess = Long.MAX_VALUE;
        double bestOpen = Double.NEGATIVE_INFINITY;
        long bestGain = Long.MIN_VALUE;
        for (int k = 0; k < types.size(); k++) {
            ShiftType candidate = types.get((k + agentIndex) % types.size());
            if (used.getOrDefault(candidate.group(), 0) + run.size() > agent.maxShiftsOf(candidate)) {
                continue;
            }
            // least weekly excess first (0 where it fits), then the most open LP shifts, then the most unmet demand
            long excess = weeklyExcess(agent, run, candidate, shortest);
            double open = 0;
            for (AgentDay agentDay : run) {
                open += Math.min(1, openShifts.getOrDefault(new RosterLowerBound.ShiftKey(group, agentDay.getDay(), candidate), 0.0))
                        + startsMet(agent, agentDay.getDay(), candidate) / WISH_POINTS_PER_DAY;
            }
            if (excess > bestExcess || (excess == bestExcess && open < bestOpen - 1e-9)) {
                continue;
            }
            long gain = unmetGain(run, candidate, unmetInterval, unmetCover);
            if (excess < bestExcess || open > bestOpen + 1e-9 || gain > bestGain) {
                best = candidate;
                bestExcess = excess;
                bestOpen = open;
                bestGain = gain;
            }
        }
        return best != null ? best : super.pickShift(agent, run, agentIndex, used, unmetInterval, unmetCover);
    }

    /**
     * A day of a run may take another shift type than the run's when the relaxation has more of it open that day, the
     * rest after the previous day's shift and its successor rules allow it, the week stays within the contract's
     * maximum minutes and the type's cap is not reached: a part-timer's week of five days can then mix 4- and 6-hour
     * shifts as the relaxation does, where one type for the whole run would be 4 hours every day.
     */
    @Override
    protected ShiftType shiftFor(AgentDay agentDay, ShiftType runShift, Map<String, Integer> used) {
        Agent agent = agentDay.getAgent();
        Integer group = groupOf.get(agent);
        if (group == null) {
            return runShift;
        }
        AgentDay[] days = daysOf.get(agent);
        ShiftType previous = agentDay.getDay() > 0 && days != null ? days[agentDay.getDay() - 1].getShift() : null;
        int shortest = agent.shiftTypes().stream().mapToInt(ShiftType::lengthMinutes).min().orElse(0);
        List<AgentDay> single = List.of(agentDay);
        long baseExcess = weeklyExcess(agent, single, runShift, shortest);
        ShiftType best = null;
        double bestOpen = Double.NEGATIVE_INFINITY;
        for (ShiftType candidate : agent.shiftTypes()) {
            // the relaxation's open shifts of the type that day, with the agent's preferred start as a wish weighs
            double open = open(group, agentDay.getDay(), candidate) + (candidate.equals(runShift) ? 1e-6 : 0)
                    + startsMet(agent, agentDay.getDay(), candidate) / WISH_POINTS_PER_DAY;
            if (open <= bestOpen
                    || used.getOrDefault(candidate.group(), 0) + 1 > agent.maxShiftsOf(candidate)
                    || (previous != null && (previous.forbidsNextDay(candidate)
                            || 24 * 60 + candidate.startMinute() - previous.endMinute() < agent.contract().minRestMinutes()))
                    || weeklyExcess(agent, single, candidate, shortest) > baseExcess) {
                continue;
            }
            best = candidate;
            bestOpen = open;
        }
        if (best == null) {
            best = runShift;
        }
        openShifts.merge(new RosterLowerBound.ShiftKey(group, agentDay.getDay(), best), -1.0, Double::sum);
        return best;
    }

    private double open(int group, int day, ShiftType shift) {
        return openShifts.getOrDefault(new RosterLowerBound.ShiftKey(group, day, shift), 0.0);
    }

    /**
     * Minutes by which working the run with this shift type takes a week of the agent past its contract's maximum,
     * counting the shifts and paid time off already there and the shortest shift on each working day of the pattern
     * still to come (runs get their shift types one after another).
     */
    private long weeklyExcess(Agent agent, List<AgentDay> run, ShiftType candidate, int shortest) {
        int max = agent.contract().maxMinutesPerWeek();
        if (max == Contract.UNLIMITED) {
            return 0;
        }
        Map<Integer, Integer> minutes = new HashMap<>();
        for (AgentDay agentDay : run) {
            minutes.merge(agentDay.getWeek(), candidate.lengthMinutes(), Integer::sum);
        }
        AgentDay[] days = daysOf.get(agent);
        long excess = 0;
        for (Map.Entry<Integer, Integer> week : minutes.entrySet()) {
            long total = week.getValue();
            for (int d = week.getKey() * 7; d < Math.min(horizonDays, week.getKey() * 7 + 7); d++) {
                AgentDay other = days == null ? null : days[d];
                if (other == null || run.contains(other)) {
                    continue;
                }
                boolean toCome = other.getShift() == null && works != null && works[d];
                total += toCome ? shortest : other.getCountedMinutes();
            }
            excess = Math.max(excess, total - max);
        }
        return excess;
    }
}
