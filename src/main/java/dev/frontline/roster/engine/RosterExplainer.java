package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

/** Scores a roster with the same constraints as the solver and breaks the score down with the constraints' reasons. */
public final class RosterExplainer {

    private final SolutionManager<Roster, HardSoftLongScore> solutionManager;

    public RosterExplainer() {
        this(RosterSolver.config(RosterSolver.QUICK));
    }

    public RosterExplainer(SolverConfig config) {
        this.solutionManager = SolutionManager.create(SolverFactory.create(config));
    }

    /** Recomputes the roster's score (and stores it on the roster). */
    public HardSoftLongScore score(Roster roster) {
        return solutionManager.update(roster);
    }

    public RosterExplanation explain(Roster roster) {
        ScoreAnalysis<HardSoftLongScore> analysis = solutionManager.analyze(roster, ScoreAnalysisFetchPolicy.FETCH_ALL);
        List<RosterExplanation.ConstraintCost> costs = new ArrayList<>();
        List<RosterExplanation.Breach> breaches = new ArrayList<>();
        Map<String, HardSoftLongScore> byAgent = new TreeMap<>();
        Map<Integer, HardSoftLongScore> byDay = new TreeMap<>();
        Map<Integer, HardSoftLongScore> byInterval = new TreeMap<>();
        for (ConstraintAnalysis<HardSoftLongScore> constraint : analysis.constraintAnalyses()) {
            String name = constraint.constraintName();
            costs.add(new RosterExplanation.ConstraintCost(name, RosterConstraints.HARD.contains(name), constraint.score(),
                    constraint.matchCount()));
            if (name.equals(RosterConstraints.INTERVAL_UNDER_COVERAGE)) {
                // the constraint counts all intervals in one tally; explain it interval by interval
                perInterval(roster, constraint.weight(), breaches, byDay, byInterval);
                continue;
            }
            for (MatchAnalysis<HardSoftLongScore> match : constraint.matches()) {
                if (!(match.justification() instanceof RosterJustification why)) {
                    continue;
                }
                breaches.add(new RosterExplanation.Breach(name, match.score(), why));
                if (why.agentId() != null) {
                    byAgent.merge(why.agentId(), match.score(), HardSoftLongScore::add);
                }
                if (why.day() != null) {
                    byDay.merge(why.day(), match.score(), HardSoftLongScore::add);
                }
                if (why.interval() != null) {
                    byInterval.merge(why.interval(), match.score(), HardSoftLongScore::add);
                }
            }
        }
        costs.sort(Comparator.comparing(RosterExplanation.ConstraintCost::score));
        breaches.sort(Comparator.comparing(RosterExplanation.Breach::cost).thenComparing(RosterExplanation.Breach::why));
        return new RosterExplanation(analysis.score(), costs, breaches, byAgent, byDay, byInterval);
    }

    /**
     * One queue's interval after breaks: requirement, supply as allocated, shortfall or surplus, what it costs, who
     * works it (and who is on a break), and how the cross-skilled agents at work were allocated.
     */
    public record IntervalDetail(String queueId, int day, int minuteOfDay, double required, double scheduled,
            double shortfall, double surplus, HardSoftLongScore penalty, List<AgentShare> agents,
            List<GroupAllocation> allocation) {
    }

    /**
     * An agent working the interval and the part of an agent it gives the queue: its time on the queue under the
     * allocation (its skill group's share) times its proficiency; 0 when it is on a break or lunch.
     */
    public record AgentShare(String agentId, String name, String shiftTypeId, double share, boolean onBreak,
            String trainingCourse) {

        /** Whether the agent is in a training session in the interval (off the phones, like a break). */
        public boolean inTraining() {
            return trainingCourse != null;
        }
    }

    /**
     * A skill group serving the queue in the interval: how many of its agents are at work and how their time is split
     * over the group's queues, e.g. 12 cross-skilled agents: 9 on voice, 3 on chat.
     */
    public record GroupAllocation(List<String> queueIds, int agents, List<Double> agentsOnQueue) {

        public boolean crossSkilled() {
            return queueIds.size() > 1;
        }

        /**
         * The planner's sentence as a bundle key and arguments: {@code roster.interval.allocation} (agents, parts) for
         * cross-skilled agents, {@code roster.interval.allocation.single} (agents, queue) otherwise; each part is
         * {@link #parts()} rendered with {@code roster.interval.allocation.part} and joined by ", ".
         */
        public RosterExplanation.Message message() {
            return crossSkilled() ? new RosterExplanation.Message("roster.interval.allocation", List.of(agents))
                    : new RosterExplanation.Message("roster.interval.allocation.single", List.of(agents, queueIds.get(0)));
        }

        /** One {@code roster.interval.allocation.part} (agents, queue) per queue the group's time goes to. */
        public List<RosterExplanation.Message> parts() {
            List<RosterExplanation.Message> parts = new ArrayList<>();
            for (int j = 0; j < queueIds.size(); j++) {
                if (agentsOnQueue.get(j) > 0) {
                    parts.add(new RosterExplanation.Message("roster.interval.allocation.part",
                            List.of(agentsOnQueue.get(j), queueIds.get(j))));
                }
            }
            return parts;
        }

        /** The sentence in English, for logs and the command line. */
        public String describe() {
            if (!crossSkilled()) {
                return agents + (agents == 1 ? " agent" : " agents") + " on " + queueIds.get(0) + " only";
            }
            StringBuilder text = new StringBuilder(agents + (agents == 1 ? " cross-skilled agent: " : " cross-skilled agents: "));
            String separator = "";
            for (int j = 0; j < queueIds.size(); j++) {
                if (agentsOnQueue.get(j) > 0) {
                    text.append(separator).append(String.format(Locale.ROOT, "%.1f on %s", agentsOnQueue.get(j), queueIds.get(j)));
                    separator = ", ";
                }
            }
            return text.toString();
        }
    }

    /**
     * The detail of one interval demand of the roster as it stands (after breaks), with the under- and over-coverage
     * penalties at the roster's weights; empty when the queue has no requirement in that interval.
     */
    public static Optional<IntervalDetail> interval(Roster roster, String queueId, int day, int minuteOfDay) {
        int start = minuteOfDay - minuteOfDay % DemandIndex.INTERVAL_MINUTES;
        int interval = DemandIndex.intervalOf(day, start);
        IntervalDemand demand = roster.getIntervalDemands().stream()
                .filter(d -> d.interval() == interval && d.queue().id().equals(queueId)).findFirst().orElse(null);
        if (demand == null) {
            return Optional.empty();
        }
        DemandIndex index = roster.getDemandIndex();
        int q = index.queues().indexOf(demand.queue());
        // the groups at work in the interval, in group order, and the split of their time that the score's shortfalls come from
        Map<DemandIndex.SkillGroup, long[]> atWork = new TreeMap<>(
                Comparator.comparingInt(DemandIndex.SkillGroup::id));
        Map<Agent, String> inTraining = inTraining(roster, interval);
        for (AgentDay agentDay : roster.getAgentDays()) {
            DemandIndex.AgentSkills skills = index.skillsOf(agentDay.getAgent());
            if (skills.group() != null && !inTraining.containsKey(agentDay.getAgent())
                    && Arrays.stream(agentDay.getPresence()).anyMatch(t -> t == interval)) {
                long[] tally = atWork.computeIfAbsent(skills.group(), g -> new long[2]);
                tally[0]++;
                tally[1] += skills.capacityMilli();
            }
        }
        List<SkillAllocation.Group> groups = new ArrayList<>();
        atWork.forEach((group, tally) -> groups.add(new SkillAllocation.Group(group.queues(), (int) tally[0], tally[1])));
        long[] requiredMilli = new long[index.queues().size()];
        for (int k = 0; k < requiredMilli.length; k++) {
            IntervalDemand other = index.demandAt(interval, k);
            requiredMilli[k] = other == null ? -1 : other.requiredMilli();
        }
        double[] weight = index.queues().stream().mapToDouble(Queue::weight).toArray();
        double[][] split = SkillAllocation.split(groups, requiredMilli, weight);
        double scheduled = 0;
        List<GroupAllocation> allocation = new ArrayList<>();
        Map<DemandIndex.SkillGroup, Double> timeOnQueue = new HashMap<>();
        int g = 0;
        for (DemandIndex.SkillGroup group : atWork.keySet()) {
            SkillAllocation.Group at = groups.get(g);
            int j = position(group.queues(), q);
            if (j >= 0) {
                scheduled += split[g][j] * at.capacityMilli() / 1000.0 / at.agents();
                timeOnQueue.put(group, split[g][j] / at.agents());
                List<String> queueIds = new ArrayList<>();
                List<Double> onQueue = new ArrayList<>();
                for (int k = 0; k < group.queues().length; k++) {
                    queueIds.add(index.queues().get(group.queues()[k]).id());
                    onQueue.add(Math.round(split[g][k] * 10) / 10.0);
                }
                allocation.add(new GroupAllocation(List.copyOf(queueIds), at.agents(), List.copyOf(onQueue)));
            }
            g++;
        }
        allocation.sort(Comparator.comparing(GroupAllocation::crossSkilled).reversed()
                .thenComparing(a -> String.join("|", a.queueIds())));
        List<AgentShare> agents = new ArrayList<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            DemandIndex.AgentSkills skills = agentDay.isWorking() ? index.skillsOf(agentDay.getAgent()) : null;
            if (skills == null || skills.group() == null || position(skills.group().queues(), q) < 0
                    || !covers(index, agentDay, interval)) {
                continue;
            }
            boolean onBreak = Arrays.stream(agentDay.getPresence()).noneMatch(t -> t == interval);
            String course = inTraining.get(agentDay.getAgent());
            double share = onBreak || course != null ? 0
                    : timeOnQueue.getOrDefault(skills.group(), 0.0) * skills.capacityMilli() / 1000.0;
            agents.add(new AgentShare(agentDay.getAgent().id(), agentDay.getAgent().name(), agentDay.getShift().id(),
                    Math.round(share * 1000) / 1000.0, onBreak, onBreak ? null : course));
        }
        CoverageTally tally = CoverageTally.of(roster, true);
        long shortMilli = demand.requiredMilli() - tally.met(demand);
        long supplied = Math.max(Math.round(scheduled * 1000), tally.met(demand));
        long surplusMilli = Math.max(0, supplied - demand.requiredMilli());
        HardSoftLongScore penalty = weight(roster, RosterConstraints.INTERVAL_UNDER_COVERAGE)
                .multiply(RosterConstraintProvider.underCoveragePenalty(shortMilli, demand.queue()))
                .add(weight(roster, RosterConstraints.INTERVAL_OVER_COVERAGE)
                        .multiply(surplusMilli * RosterConstraintProvider.OVER_COVERAGE_PER_AGENT / 1000))
                .negate();
        agents.sort(Comparator.comparing(AgentShare::agentId));
        return Optional.of(new IntervalDetail(queueId, day, start, demand.requiredMilli() / 1000.0, supplied / 1000.0,
                shortMilli / 1000.0, surplusMilli / 1000.0, penalty, List.copyOf(agents), List.copyOf(allocation)));
    }

    /** The people in a training session in the interval, with the session's course. */
    private static Map<Agent, String> inTraining(Roster roster, int interval) {
        Map<Agent, String> people = new HashMap<>();
        for (TrainingSession session : roster.getTrainingSessions()) {
            if (session.isPlaced() && session.firstInterval() <= interval && interval < session.endInterval()) {
                session.getPeople().forEach(person -> people.put(person, session.getNeed().courseName()));
            }
        }
        return people;
    }

    private static int position(int[] queues, int q) {
        for (int j = 0; j < queues.length; j++) {
            if (queues[j] == q) {
                return j;
            }
        }
        return -1;
    }

    private static boolean covers(DemandIndex index, AgentDay agentDay, int interval) {
        int[] intervals = index.shiftIntervals(agentDay.getDay(), agentDay.getShift());
        return intervals.length > 0 && intervals[0] <= interval && interval <= intervals[intervals.length - 1];
    }

    private static HardSoftLongScore weight(Roster roster, String constraint) {
        HardSoftLongScore override = roster.getConstraintWeightOverrides() == null ? null
                : roster.getConstraintWeightOverrides().getConstraintWeight(constraint);
        return override == null ? HardSoftLongScore.ofSoft(RosterWeights.defaultSoftWeight(constraint)) : override;
    }

    private static void perInterval(Roster roster, HardSoftLongScore weight, List<RosterExplanation.Breach> breaches,
            Map<Integer, HardSoftLongScore> byDay, Map<Integer, HardSoftLongScore> byInterval) {
        for (CoverageReport.IntervalGap gap : CoverageReport.of(roster).shortfalls()) {
            long penalty = RosterConstraintProvider.underCoveragePenalty(gap.shortMilli(), gap.demand().queue());
            if (penalty == 0) {
                continue;
            }
            HardSoftLongScore cost = weight.multiply(penalty);
            IntervalDemand demand = gap.demand();
            int minuteOfDay = demand.interval() * DemandIndex.INTERVAL_MINUTES % (24 * 60);
            RosterJustification why = RosterJustification.ofInterval(demand, "roster.why.interval-short",
                    new RosterTerms.QueueRef(demand.queue().id()),
                    new RosterTerms.DayRef(demand.interval() * DemandIndex.INTERVAL_MINUTES / (24 * 60)),
                    new RosterTerms.Clock(minuteOfDay), gap.suppliedMilli() / 1000.0, demand.requiredMilli() / 1000.0);
            breaches.add(new RosterExplanation.Breach(RosterConstraints.INTERVAL_UNDER_COVERAGE, cost, why));
            byDay.merge(why.day(), cost, HardSoftLongScore::add);
            byInterval.merge(demand.interval(), cost, HardSoftLongScore::add);
        }
    }
}
