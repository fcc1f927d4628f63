package dev.frontline.staffing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangATest {

    private static final IntervalWorkload DEFAULT = new IntervalWorkload(400, 1800, 257);

    @Test
    void abandonmentEqualsPatienceRateTimesMeanQueueOverArrivalRate() {
        for (int n : new int[] {40, 55, 58, 64, 70}) {
            QueueMetrics m = ErlangA.metrics(DEFAULT, n, 20, 60);
            double[] p = ErlangA.queueStateProbabilities(n, DEFAULT.arrivalRatePerSecond(), 1 / 257.0, 1 / 60.0);
            double meanQueue = 0;
            for (int i = 0; i < p.length - 1; i++) {
                meanQueue += i * p[i];
            }
            assertThat(m.abandonment()).as("n=%d", n)
                    .isCloseTo(meanQueue / 60 / DEFAULT.arrivalRatePerSecond(), within(1e-9));
        }
    }

    @Test
    void serviceLevelSumsAnsweredWithinThresholdOverWhatEachArrivalFinds() {
        // Independent evaluation with commons-math's incomplete beta: an arrival finding i ahead is answered within
        // T with probability s_i · I_x(i + 1, (nμ + θ)/θ), x = 1 − e^(−θT).
        int n = 60;
        double mu = 1 / 257.0;
        double theta = 1 / 60.0;
        double[] p = ErlangA.queueStateProbabilities(n, DEFAULT.arrivalRatePerSecond(), mu, theta);
        double x = 1 - Math.exp(-theta * 20);
        double expected = p[p.length - 1];
        double survive = 1;
        for (int i = 0; i < p.length - 1; i++) {
            survive *= (n * mu + i * theta) / (n * mu + (i + 1) * theta);
            expected += p[i] * survive * org.apache.commons.math3.special.Beta.regularizedBeta(x, i + 1, (n * mu + theta) / theta);
        }
        assertThat(ErlangA.metrics(DEFAULT, n, 20, 60).serviceLevel()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void approachesErlangCAsPatienceGrows() {
        QueueMetrics c = ErlangC.metrics(DEFAULT, 64, 20);
        QueueMetrics a = ErlangA.metrics(DEFAULT, 64, 20, 1e9);
        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-4));
        assertThat(a.asaSeconds().getAsDouble()).isCloseTo(c.asaSeconds().getAsDouble(), within(1e-2));
        assertThat(a.probabilityOfWaiting()).isCloseTo(c.probabilityOfWaiting(), within(1e-4));
        assertThat(a.abandonment()).isLessThan(1e-6);
    }

    @Test
    void overloadedCentreStaysStableAndFinite() {
        // Fewer agents than the offered load: Erlang C has no steady state, Erlang A does.
        QueueMetrics m = ErlangA.metrics(new IntervalWorkload(20000, 1800, 300), 2500, 20, 120);
        assertThat(m.stable()).isTrue();
        assertThat(m.abandonment()).isBetween(0.2, 0.3);
        assertThat(m.serviceLevel()).isBetween(0.0, 1.0);
        assertThat(m.asaSeconds().getAsDouble()).isFinite().isPositive();
        assertThat(m.occupancy()).isBetween(0.99, 1.0);
    }

    @Test
    void requirementUsesAbandonmentAndExplainsIt() {
        ServiceGoal goal = ServiceGoal.of(80, 20);
        int erlangC = VoiceRequirementCalculator.require(VoiceQueue.erlangC(goal, null), DEFAULT, "").agents();
        StaffingRequirement a = VoiceRequirementCalculator.require(VoiceQueue.erlangA(goal, 60, null), DEFAULT, "09:00");
        assertThat(a.agents()).isLessThan(erlangC);
        assertThat(a.metrics().serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(ErlangA.metrics(DEFAULT, a.agents() - 1, 20, 60).serviceLevel()).isLessThan(0.8);
        assertThat(a.explanation().model()).isEqualTo(StaffingModel.ERLANG_A);
        assertThat(a.explanation().inputs()).containsEntry("patienceSeconds", 60.0);
        assertThat(a.explanation().sentence()).contains("Erlang A").contains("patience 60 s").contains("abandon");
    }

    @Test
    void rejectsNonPositivePatience() {
        assertThatThrownBy(() -> ErlangA.metrics(DEFAULT, 60, 20, -5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("patience (seconds): '-5' must be greater than zero");
        assertThatThrownBy(() -> VoiceQueue.erlangA(ServiceGoal.of(80, 20), 0, null))
                .hasMessage("patience (seconds): '0' must be greater than zero");
        assertThatThrownBy(() -> new VoiceQueue(StaffingModel.ERLANG_A, ServiceGoal.of(80, 20), null, null))
                .hasMessage("patience (seconds): required by Erlang A");
    }
}
