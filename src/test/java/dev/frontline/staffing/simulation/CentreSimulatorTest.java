package dev.frontline.staffing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.staffing.engine.ErlangA;
import dev.frontline.staffing.engine.ErlangC;
import dev.frontline.staffing.engine.IntervalWorkload;
import dev.frontline.staffing.engine.QueueMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The simulator against the exact models. Scenarios use short handle times (80 s) over a 24-hour day so that 30
 * replications give service-level confidence intervals under ±1 point within a second; the first hour is warm-up.
 */
class CentreSimulatorTest {

    private static final int HOURS = 24;
    private static final double HOUR = 3600;

    private static double[] constant(double value) {
        double[] a = new double[HOURS];
        Arrays.fill(a, value);
        return a;
    }

    private static int[] staffing(int agents) {
        int[] s = new int[HOURS];
        Arrays.fill(s, agents);
        return s;
    }

    private static SimulatedQueue queue(String name, int priority, double callsPerHour, OptionalDouble patience) {
        return new SimulatedQueue(name, priority, constant(callsPerHour), constant(80), 20, patience);
    }

    private static SimulationResult run(List<SimulatedQueue> queues, List<SimulatedAgent> agents, long seed) {
        return CentreSimulator.run(new SimulationScenario(HOURS, HOUR, queues, agents, HandleTimeModel.EXPONENTIAL, 30, seed));
    }

    /** Within the simulator's 95 % CI, and that CI no wider than ±1.5 points. */
    private static void assertAgrees(Estimate simulated, double exact, String what) {
        assertAgrees(simulated, exact, what, 0.015);
    }

    private static void assertAgrees(Estimate simulated, double exact, String what, double maxHalfWidth) {
        assertThat(simulated.halfWidth()).as(what + " CI half-width").isLessThan(maxHalfWidth);
        assertThat(exact).as(what + ": exact %.4f vs simulated %.4f ± %.4f", exact, simulated.mean(), simulated.halfWidth())
                .isBetween(simulated.lower(), simulated.upper());
    }

    @Test
    void agreesWithErlangCOnASingleQueue() {
        // 360 calls/h × 80 s = 8 Erlangs on 10 agents.
        SimulationResult r = run(List.of(queue("voice", 1, 360, OptionalDouble.empty())),
                SimulatedAgent.fromStaffing("a", Map.of("voice", 1.0), staffing(10)), 11);
        QueueMetrics exact = ErlangC.metrics(new IntervalWorkload(360, HOUR, 80), 10, 20);
        SimulationResult.QueueStats s = r.queue(0, 1, HOURS);
        assertAgrees(s.serviceLevel(), exact.serviceLevel(), "SL");
        assertThat(s.asaSeconds().mean()).isCloseTo(exact.asaSeconds().getAsDouble(), within(1.5));
        assertThat(s.occupancy().mean()).isCloseTo(exact.occupancy(), within(0.01));
        assertThat(s.abandonment().mean()).isZero();
    }

    @Test
    void agreesWithErlangAWhenCallersAbandon() {
        // Overloaded without abandonment (9 Erlangs on 9 agents); 60 s mean patience keeps it stable.
        SimulationResult r = run(List.of(queue("voice", 1, 405, OptionalDouble.of(60))),
                SimulatedAgent.fromStaffing("a", Map.of("voice", 1.0), staffing(9)), 12);
        QueueMetrics exact = ErlangA.metrics(new IntervalWorkload(405, HOUR, 80), 9, 20, 60);
        SimulationResult.QueueStats s = r.queue(0, 1, HOURS);
        assertAgrees(s.serviceLevel(), exact.serviceLevel(), "SL");
        assertAgrees(s.abandonment(), exact.abandonment(), "abandonment");
        assertThat(s.asaSeconds().mean()).isCloseTo(exact.asaSeconds().getAsDouble(), within(1.0));
    }

    @Test
    void crossSkilledAgentsPoolTwoQueues() {
        // Two queues of 4 Erlangs each: 5 dedicated agents per queue, or the same 10 agents taking both.
        List<SimulatedQueue> queues = List.of(queue("billing", 1, 180, OptionalDouble.empty()),
                queue("sales", 1, 180, OptionalDouble.empty()));
        List<SimulatedAgent> dedicated = new ArrayList<>(SimulatedAgent.fromStaffing("b", Map.of("billing", 1.0), staffing(5)));
        dedicated.addAll(SimulatedAgent.fromStaffing("s", Map.of("sales", 1.0), staffing(5)));
        List<SimulatedAgent> pooled = SimulatedAgent.fromStaffing("x", Map.of("billing", 1.0, "sales", 1.0), staffing(10));
        SimulationResult.QueueStats apart = run(queues, dedicated, 13).queue(0, 1, HOURS);
        SimulationResult.QueueStats together = run(queues, pooled, 13).queue(0, 1, HOURS);

        double dedicatedExact = ErlangC.metrics(new IntervalWorkload(180, HOUR, 80), 5, 20).serviceLevel();
        double pooledExact = ErlangC.metrics(new IntervalWorkload(360, HOUR, 80), 10, 20).serviceLevel();
        // Each queue here has half the calls of the single-queue tests, so its CI is allowed ±2.5 points.
        assertAgrees(apart.serviceLevel(), dedicatedExact, "dedicated SL", 0.025);
        assertAgrees(together.serviceLevel(), pooledExact, "pooled SL", 0.025);
        assertThat(together.serviceLevel().lower()).isGreaterThan(apart.serviceLevel().upper() + 0.05);
    }

    @Test
    void priorityQueueIsServedFirstBySharedAgents() {
        List<SimulatedQueue> queues = List.of(queue("vip", 1, 180, OptionalDouble.empty()),
                queue("standard", 2, 180, OptionalDouble.empty()));
        SimulationResult r = run(queues, SimulatedAgent.fromStaffing("x", Map.of("vip", 1.0, "standard", 1.0), staffing(9)), 14);
        assertThat(r.queue(0, 1, HOURS).serviceLevel().lower()).isGreaterThan(r.queue(1, 1, HOURS).serviceLevel().upper());
    }

    @Test
    void lowProficiencyStretchesHandleTime() {
        List<SimulatedQueue> queues = List.of(queue("voice", 1, 90, OptionalDouble.empty()));
        double full = run(queues, SimulatedAgent.fromStaffing("a", Map.of("voice", 1.0), staffing(10)), 15)
                .queue(0, 1, HOURS).occupancy().mean();
        double half = run(queues, SimulatedAgent.fromStaffing("a", Map.of("voice", 0.5), staffing(10)), 15)
                .queue(0, 1, HOURS).occupancy().mean();
        assertThat(full).isCloseTo(0.2, within(0.01));
        assertThat(half).isCloseTo(0.4, within(0.02));
    }

    @Test
    void contactsWaitForTheNextShiftAndTheSeedMakesRunsReproducible() {
        int[] staff = staffing(10);
        staff[5] = 0;
        List<SimulatedQueue> queues = List.of(queue("voice", 1, 360, OptionalDouble.empty()));
        List<SimulatedAgent> agents = SimulatedAgent.fromStaffing("a", Map.of("voice", 1.0), staff);
        SimulationResult first = run(queues, agents, 21);
        SimulationResult again = run(queues, agents, 21);
        SimulationResult other = run(queues, agents, 22);
        assertThat(first.interval(0, 5).serviceLevel().mean()).isLessThan(0.02);
        assertThat(first.interval(0, 5).asaSeconds().mean()).isGreaterThan(600);
        assertThat(first.queue(0, 0, HOURS)).isEqualTo(again.queue(0, 0, HOURS));
        assertThat(first.queue(0, 0, HOURS)).isNotEqualTo(other.queue(0, 0, HOURS));
    }

    @Test
    void lognormalHandleTimesKeepTheirMean() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        HandleTimeModel model = HandleTimeModel.lognormal(0.6);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += model.sample(random, 240);
        }
        assertThat(sum / n).isCloseTo(240, within(2.0));
    }

    @Test
    void rejectsBadScenarios() {
        BitSet always = new BitSet();
        always.set(0, HOURS);
        assertThatThrownBy(() -> new SimulatedAgent("a1", Map.of("voice", 0.0), always)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agent a1, skill voice: proficiency '0.0' must be greater than 0 and at most 1");
        List<SimulatedQueue> queues = List.of(queue("voice", 1, 10, OptionalDouble.empty()));
        List<SimulatedAgent> wrongSkill = List.of(new SimulatedAgent("a1", Map.of("email", 1.0), always));
        assertThatThrownBy(() -> new SimulationScenario(HOURS, HOUR, queues, wrongSkill, null, 5, 1))
                .hasMessage("agent a1: skill 'email' is not a simulated queue");
        assertThatThrownBy(() -> new SimulationScenario(HOURS, HOUR, queues, List.of(), null, 1, 1))
                .hasMessage("replications: '1' must be at least 2 for a confidence interval");
        assertThatThrownBy(() -> queue("voice", 1, 10, OptionalDouble.of(-30)))
                .hasMessage("queue voice, patience (seconds): '-30' must be greater than zero");
        assertThatThrownBy(() -> new SimulatedQueue("voice", 1, new double[] {-1}, new double[] {80}, 20, OptionalDouble.empty()))
                .hasMessage("queue voice, interval 0, arrivals: '-1' is negative");
    }
}
