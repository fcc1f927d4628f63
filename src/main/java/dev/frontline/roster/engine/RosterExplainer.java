package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** One queue's interval: requirement, scheduled supply, shortfall or surplus, what it costs, and who works it. */
    public record IntervalDetail(String queueId, int day, int minuteOfDay, double required, double scheduled,
            double shortfall, double surplus, HardSoftLongScore penalty, List<AgentShare> agents) {
    }

    /** An agent working an interval and the share of an agent it gives the queue (proficiency / skills). */
    public record AgentShare(String agentId, String name, String shiftTypeId, double share) {
    }

    /**
     * The detail of one interval demand of the roster as it stands, with the under- and over-coverage penalties at the
     * roster's weights; empty when the queue has no requirement in that interval.
     */
    public static Optional<IntervalDetail> interval(Roster roster, String queueId, int day, int minuteOfDay) {
        int interval = DemandIndex.intervalOf(day, minuteOfDay - minuteOfDay % DemandIndex.INTERVAL_MINUTES);
        IntervalDemand demand = roster.getIntervalDemands().stream()
                .filter(d -> d.interval() == interval && d.queue().id().equals(queueId)).findFirst().orElse(null);
        if (demand == null) {
            return Optional.empty();
        }
        long supplied = 0;
        List<AgentShare> agents = new ArrayList<>();
        for (AgentDay agentDay : roster.getAgentDays()) {
            for (Supply supply : agentDay.getSupplies()) {
                if (supply.demand() == demand) {
                    supplied += supply.milli();
                    agents.add(new AgentShare(agentDay.getAgent().id(), agentDay.getAgent().name(), agentDay.getShift().id(),
                            supply.milli() / 1000.0));
                }
            }
        }
        long shortMilli = Math.max(0, demand.requiredMilli() - supplied);
        long surplusMilli = Math.max(0, supplied - demand.requiredMilli());
        HardSoftLongScore penalty = weight(roster, RosterConstraints.INTERVAL_UNDER_COVERAGE)
                .multiply(RosterConstraintProvider.underCoveragePenalty(shortMilli))
                .add(weight(roster, RosterConstraints.INTERVAL_OVER_COVERAGE)
                        .multiply(surplusMilli * RosterConstraintProvider.OVER_COVERAGE_PER_AGENT / 1000))
                .negate();
        agents.sort(Comparator.comparing(AgentShare::agentId));
        return Optional.of(new IntervalDetail(queueId, day, minuteOfDay - minuteOfDay % DemandIndex.INTERVAL_MINUTES,
                demand.requiredMilli() / 1000.0, supplied / 1000.0, shortMilli / 1000.0, surplusMilli / 1000.0, penalty,
                List.copyOf(agents)));
    }

    private static HardSoftLongScore weight(Roster roster, String constraint) {
        HardSoftLongScore override = roster.getConstraintWeightOverrides() == null ? null
                : roster.getConstraintWeightOverrides().getConstraintWeight(constraint);
        return override == null ? HardSoftLongScore.ofSoft(RosterWeights.defaultSoftWeight(constraint)) : override;
    }

    private static void perInterval(Roster roster, HardSoftLongScore weight, List<RosterExplanation.Breach> breaches,
            Map<Integer, HardSoftLongScore> byDay, Map<Integer, HardSoftLongScore> byInterval) {
        for (CoverageReport.IntervalGap gap : CoverageReport.of(roster).shortfalls()) {
            long penalty = RosterConstraintProvider.underCoveragePenalty(gap.shortMilli());
            if (penalty == 0) {
                continue;
            }
            HardSoftLongScore cost = weight.multiply(penalty);
            IntervalDemand demand = gap.demand();
            int minuteOfDay = demand.interval() * DemandIndex.INTERVAL_MINUTES % (24 * 60);
            RosterJustification why = RosterJustification.ofInterval(demand, String.format(Locale.ROOT,
                    "%s on day %d at %02d:%02d has %.2f agents of %.2f required", demand.queue().id(),
                    demand.interval() * DemandIndex.INTERVAL_MINUTES / (24 * 60), minuteOfDay / 60, minuteOfDay % 60,
                    gap.suppliedMilli() / 1000.0, demand.requiredMilli() / 1000.0));
            breaches.add(new RosterExplanation.Breach(RosterConstraints.INTERVAL_UNDER_COVERAGE, cost, why));
            byDay.merge(why.day(), cost, HardSoftLongScore::add);
            byInterval.merge(demand.interval(), cost, HardSoftLongScore::add);
        }
    }
}
