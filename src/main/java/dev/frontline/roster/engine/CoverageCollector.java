package dev.frontline.roster.engine;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Counts who is at work in every interval (after breaks) and keeps the coverage penalties up to date incrementally: a
 * shift added or removed marks only the intervals it covers, and only those are re-allocated ({@link CoverageTally},
 * {@link SkillAllocation}) when the score is read, with no tuple per interval flowing through the constraint network.
 * This is what makes 15-minute coverage affordable for hundreds of agents; the per-interval detail for explanations
 * comes from {@link CoverageReport}. It takes agent-days (their presence counts) and {@link OffPhone}s (training
 * time inside a presence, which does not).
 * <p>
 * Penalties per interval demand, from the allocated supply: under-coverage = shortfall² ×
 * {@value RosterConstraintProvider#UNDER_COVERAGE_PER_AGENT_SQUARED} (agents), over-coverage = surplus ×
 * {@value RosterConstraintProvider#OVER_COVERAGE_PER_AGENT} (agents), each rounded down per interval.
 */
final class CoverageCollector implements UniConstraintCollector<Object, CoverageCollector.Tally, CoverageCollector.Gaps> {

    static final CoverageCollector INSTANCE = new CoverageCollector();

    private static final Runnable NOTHING = () -> {
    };

    /** Coverage penalties of the whole roster, and how many interval demands are short. */
    record Gaps(long underPenalty, long overPenalty, int shortIntervals, long unmetMilliIntervals) {
    }

    /** The tally, made when the first agent-day arrives (the collector does not know the demand index before). */
    static final class Tally {
        private CoverageTally coverage;
    }

    private CoverageCollector() {
    }

    @Override
    public Supplier<Tally> supplier() {
        return Tally::new;
    }

    @Override
    public BiFunction<Tally, Object, Runnable> accumulator() {
        return (tally, counted) -> counted instanceof OffPhone offPhone ? takeOff(tally, offPhone)
                : count(tally, (AgentDay) counted);
    }

    private static Runnable takeOff(Tally tally, OffPhone offPhone) {
        AgentDay agentDay = offPhone.agentDay();
        DemandIndex index = agentDay.getDemandIndex();
        if (index == null || index.queues().isEmpty() || offPhone.intervals().length == 0) {
            return NOTHING;
        }
        if (tally.coverage == null) {
            tally.coverage = new CoverageTally(index);
        }
        CoverageTally coverage = tally.coverage;
        Agent agent = agentDay.getAgent();
        int[] intervals = offPhone.intervals();
        coverage.add(agent, intervals, -1);
        return () -> coverage.add(agent, intervals, 1);
    }

    private static Runnable count(Tally tally, AgentDay agentDay) {
        DemandIndex index = agentDay.getDemandIndex();
        if (index == null || index.queues().isEmpty()) {
            return NOTHING;
        }
        if (tally.coverage == null) {
            // every agent-day passes here, working or not, so an empty roster still counts every requirement unmet
            tally.coverage = new CoverageTally(index);
        }
        if (!agentDay.isWorking()) {
            return NOTHING;
        }
        CoverageTally coverage = tally.coverage;
        Agent agent = agentDay.getAgent();
        int[] presence = agentDay.getPresence();
        coverage.add(agent, presence, 1);
        return () -> coverage.add(agent, presence, -1);
    }

    @Override
    public Function<Tally, Gaps> finisher() {
        return tally -> {
            CoverageTally coverage = tally.coverage;
            if (coverage == null) {
                return new Gaps(0, 0, 0, 0);
            }
            coverage.flush();
            return new Gaps(coverage.underPenalty(), coverage.overPenalty(), coverage.shortIntervals(),
                    coverage.unmetMilli());
        };
    }
}
