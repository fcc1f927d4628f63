package dev.frontline.roster.engine;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Sums what every working agent-day supplies to every interval demand and keeps the coverage penalties up to date
 * incrementally: adding or removing one shift touches only the intervals it covers (about 32 per queue), with no
 * tuple per interval flowing through the constraint network. This is what makes 15-minute coverage affordable for
 * hundreds of agents; the per-interval detail for explanations comes from {@link CoverageReport}.
 * <p>
 * Penalties per interval demand: under-coverage = shortfall² × {@value RosterConstraintProvider#UNDER_COVERAGE_PER_AGENT_SQUARED}
 * (agents), over-coverage = surplus × {@value RosterConstraintProvider#OVER_COVERAGE_PER_AGENT} (agents), each rounded
 * down per interval.
 */
final class CoverageCollector implements UniConstraintCollector<AgentDay, CoverageCollector.Tally, CoverageCollector.Gaps> {

    static final CoverageCollector INSTANCE = new CoverageCollector();

    /** Coverage penalties of the whole roster, and how many interval demands are short. */
    record Gaps(long underPenalty, long overPenalty, int shortIntervals, long unmetMilliIntervals) {
    }

    static final class Tally {
        private IntervalDemand[] demands;
        private long[] supplied;
        private long underPenalty;
        private long overPenalty;
        private int shortIntervals;
        private long unmetMilli;

        private void start(DemandIndex index) {
            demands = index.demands();
            supplied = new long[demands.length];
            for (IntervalDemand demand : demands) {
                account(demand, 0, 1);
            }
        }

        private void add(List<Supply> supplies, int sign) {
            for (Supply supply : supplies) {
                int i = supply.demand().index();
                account(supply.demand(), supplied[i], -1);
                supplied[i] += sign * (long) supply.milli();
                account(supply.demand(), supplied[i], 1);
            }
        }

        private void account(IntervalDemand demand, long supply, int sign) {
            long shortfall = demand.requiredMilli() - supply;
            if (shortfall > 0) {
                underPenalty += sign * RosterConstraintProvider.underCoveragePenalty(shortfall);
                shortIntervals += sign;
                unmetMilli += sign * shortfall;
            } else if (shortfall < 0) {
                overPenalty += sign * (-shortfall * RosterConstraintProvider.OVER_COVERAGE_PER_AGENT / 1000);
            }
        }
    }

    private CoverageCollector() {
    }

    @Override
    public Supplier<Tally> supplier() {
        return Tally::new;
    }

    @Override
    public BiFunction<Tally, AgentDay, Runnable> accumulator() {
        return (tally, agentDay) -> {
            DemandIndex index = agentDay.getDemandIndex();
            if (index == null) {
                return () -> {
                };
            }
            if (tally.demands == null) {
                tally.start(index);
            }
            List<Supply> supplies = agentDay.getSupplies();
            tally.add(supplies, 1);
            return () -> tally.add(supplies, -1);
        };
    }

    @Override
    public Function<Tally, Gaps> finisher() {
        return tally -> new Gaps(tally.underPenalty, tally.overPenalty, tally.shortIntervals, tally.unmetMilli);
    }
}
