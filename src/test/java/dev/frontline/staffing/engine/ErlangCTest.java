package dev.frontline.staffing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangCTest {

    private static final ServiceGoal GOAL = ServiceGoal.of(80, 20).withMaxOccupancyPercent(85);

    @Test
    void matchesHandComputedSmallCase() {
        // A = 1 Erlang on 2 agents: B(2) = 0.2, C = 2·0.2 / (2 − 0.8) = 1/3.
        IntervalWorkload w = new IntervalWorkload(12, 3600, 300);
        assertThat(ErlangC.erlangB(2, 1)).isCloseTo(0.2, within(1e-12));
        QueueMetrics m = ErlangC.metrics(w, 2, 30);
        assertThat(m.probabilityOfWaiting()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.asaSeconds().getAsDouble()).isCloseTo(100, within(1e-9));
        assertThat(m.serviceLevel()).isCloseTo(1 - Math.exp(-0.1) / 3, within(1e-12));
        assertThat(m.occupancy()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void staysFiniteForThousandsOfAgents() {
        IntervalWorkload w = new IntervalWorkload(60000, 1800, 150);
        assertThat(w.offeredLoad()).isEqualTo(5000);
        for (int n : new int[] {5001, 5050, 5200, 8000}) {
            QueueMetrics m = ErlangC.metrics(w, n, 20);
            assertThat(m.serviceLevel()).isBetween(0.0, 1.0);
            assertThat(m.asaSeconds().getAsDouble()).isFinite().isNotNegative();
            assertThat(m.probabilityOfWaiting()).isBetween(0.0, 1.0);
        }
        int required = VoiceRequirementCalculator.require(VoiceQueue.erlangC(ServiceGoal.of(80, 20), null), w, "").agents();
        assertThat(required).isBetween(5001, 5200);
        assertThat(ErlangC.metrics(w, required - 1, 20).serviceLevel()).isLessThan(0.8);
        assertThat(ErlangC.metrics(w, required, 20).serviceLevel()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void requirementIsTheFewestMeetingEveryGoal() {
        IntervalWorkload w = new IntervalWorkload(400, 1800, 257);
        StaffingRequirement r = VoiceRequirementCalculator.require(VoiceQueue.erlangC(GOAL, Shrinkage.ofTotalPercent(30)), w, "10:15");
        assertThat(r.agents()).isEqualTo(68);
        assertThat(r.bindingConstraint()).isEqualTo("occupancy");
        assertThat(r.scheduled().roundedToHalf()).isEqualTo(97);
        assertThat(r.explanation().model()).isEqualTo(StaffingModel.ERLANG_C);
        assertThat(r.explanation().inputs()).containsEntry("contacts", 400.0).containsEntry("maxOccupancy", 0.85);
        assertThat(r.explanation().sentence()).startsWith("68 agents at 10:15: Erlang C, 400 calls per 30 min, AHT 257 s → 57.1 Erlangs; "
                + "68 is the fewest with SL ≥ 80 % in 20 s and occupancy ≤ 85 %");

        StaffingRequirement strict = VoiceRequirementCalculator.require(
                VoiceQueue.erlangC(GOAL.withMaxAsaSeconds(1), Shrinkage.NONE), w, "");
        assertThat(strict.bindingConstraint()).isEqualTo("ASA");
        assertThat(strict.metrics().asaSeconds().getAsDouble()).isLessThanOrEqualTo(1);
        assertThat(ErlangC.metrics(w, strict.agents() - 1, 20).asaSeconds().getAsDouble()).isGreaterThan(1);
    }

    @Test
    void searchFromAHintGivesTheSameAnswer() {
        IntervalWorkload w = new IntervalWorkload(400, 1800, 257);
        int plain = VoiceRequirementCalculator.erlangCAgents(GOAL, w, -1);
        for (int hint : new int[] {0, 60, 67, 68, 69, 80, 131, 500}) {
            assertThat(VoiceRequirementCalculator.erlangCAgents(GOAL, w, hint)).as("hint %d", hint).isEqualTo(plain);
        }
    }

    @Test
    void zeroVolumeNeedsNoAgents() {
        StaffingRequirement r = VoiceRequirementCalculator.require(VoiceQueue.erlangC(GOAL, Shrinkage.ofTotalPercent(30)),
                new IntervalWorkload(0, 900, 300), "03:00");
        assertThat(r.agents()).isZero();
        assertThat(r.scheduled().roundedToHalf()).isZero();
        assertThat(r.metrics().serviceLevel()).isEqualTo(1);
        assertThat(r.metrics().occupancy()).isZero();
        assertThat(r.explanation().sentence()).contains("no contacts are offered");
    }

    @Test
    void unstableQueueHasNoAsaAndNoNaN() {
        QueueMetrics m = ErlangC.metrics(new IntervalWorkload(1000, 3600, 180), 50, 10);
        assertThat(m.stable()).isFalse();
        assertThat(m.asaSeconds()).isEmpty();
        assertThat(m.serviceLevel()).isZero();
        assertThat(m.occupancy()).isEqualTo(1);
        assertThat(ErlangC.metrics(new IntervalWorkload(1000, 3600, 180), 0, 10).stable()).isFalse();
    }

    @Test
    void rejectsBadInputWithNamedFields() {
        assertThatThrownBy(() -> new IntervalWorkload(10, 900, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AHT (seconds): '0' must be greater than zero");
        assertThatThrownBy(() -> new IntervalWorkload(10, 900, -20)).hasMessage("AHT (seconds): '-20' must be greater than zero");
        assertThatThrownBy(() -> new IntervalWorkload(-3, 900, 200)).hasMessage("contacts: '-3' is negative");
        assertThatThrownBy(() -> new IntervalWorkload(Double.NaN, 900, 200)).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> ServiceGoal.of(120, 20)).hasMessage("service level target: 120 % is above 100 %");
        assertThatThrownBy(() -> ServiceGoal.of(80, 20).withMaxOccupancyPercent(0))
                .hasMessage("max occupancy: 0 % must be greater than 0 %");
        assertThatThrownBy(() -> ServiceGoal.of(80, -1)).hasMessage("service level threshold (seconds): '-1' is negative");
        assertThatThrownBy(() -> ErlangC.metrics(new IntervalWorkload(1, 900, 200), -1, 20)).hasMessage("agents: '-1' is negative");
    }
}
