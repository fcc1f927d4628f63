package dev.frontline.capacity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.frontline.training.engine.LearningCurve;

class SupplyAgentTest {

    private static final LocalDate GAINED = LocalDate.of(2026, 1, 5);

    @Test
    void aSkillGainedLatelyRisesAlongTheLearningCurveTheRosterUses() {
        LearningCurve curve = LearningCurve.configured(8, 0.5);
        SupplyAgent agent = new SupplyAgent("A1", "CHAT", GAINED.minusYears(2), 1.0, 1.0, GAINED, 0.5, 8)
                .alongCurve(curve);

        assertThat(agent.proficiencyOn(GAINED.minusDays(1))).isZero();
        assertThat(agent.proficiencyOn(GAINED)).isCloseTo(0.5, within(1e-9));
        // week 1 counts less than week 8, each where the curve says
        assertThat(agent.proficiencyOn(GAINED.plusWeeks(1))).isCloseTo(curve.proficiency(0.5, 1.0, 1), within(1e-9));
        assertThat(agent.proficiencyOn(GAINED.plusWeeks(8))).isCloseTo(curve.proficiency(0.5, 1.0, 8), within(1e-9))
                .isGreaterThan(agent.proficiencyOn(GAINED.plusWeeks(1)));
        // the linear ramp the same agent would have without the curve
        SupplyAgent linear = new SupplyAgent("A1", "CHAT", GAINED.minusYears(2), 1.0, 1.0, GAINED, 0.5, 8);
        assertThat(linear.proficiencyOn(GAINED.plusWeeks(4))).isCloseTo(0.75, within(1e-9));
        // a share cut by a lever keeps its curve
        assertThat(agent.withFte(0.5, null).curve()).isSameAs(curve);
    }
}
