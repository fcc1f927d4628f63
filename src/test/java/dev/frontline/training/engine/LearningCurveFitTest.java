package dev.frontline.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LearningCurveFitTest {

    /** Agents' weekdays over 26 weeks on a known curve, each agent a little faster or slower, each day noisy. */
    private static List<RampObservation> generated(LearningCurve truth, double plateau, int agents, long seed) {
        Random random = new Random(seed);
        List<RampObservation> days = new ArrayList<>();
        for (long agent = 1; agent <= agents; agent++) {
            double personal = Math.exp(0.07 * random.nextGaussian());
            for (int day = 0; day < LearningCurveFit.WEEKS * 7; day++) {
                if (day % 7 >= 5 || random.nextDouble() < 0.05) {
                    continue;
                }
                double r = plateau * personal * truth.relativeAht(day / 7.0) * Math.exp(0.06 * random.nextGaussian());
                days.add(new RampObservation(agent, day, r, 40 + random.nextInt(30)));
            }
        }
        return days;
    }

    @Test
    void recoversAnExponentialCurveFromGeneratedDays() {
        // the demo centre's ramp: 45 % slower on day one, 95 % of the way after 12 weeks
        LearningCurve truth = LearningCurve.configured(12, 0.45);
        var fit = LearningCurveFit.fit(generated(truth, 1.0, 60, 7)).orElseThrow();

        assertThat(fit.curve().form()).isEqualTo(LearningCurve.Form.EXPONENTIAL);
        assertThat(fit.curve().shape()).isCloseTo(4.0, within(0.5));
        assertThat(fit.curve().initialExtra()).isCloseTo(0.45, within(0.05));
        assertThat(fit.plateau()).isCloseTo(1.0, within(0.03));
        assertThat(fit.curve().weeksToProficient(0.5, 1)).isCloseTo(truth.weeksToProficient(0.5, 1), within(1.5));
        assertThat(fit.rSquared()).isGreaterThan(0.9);
        assertThat(fit.agents()).isEqualTo(60);
        assertThat(fit.points()).hasSize(LearningCurveFit.WEEKS);
    }

    @Test
    void recoversAPowerCurveAndItsPlateauWhenNewAgentsSettleSlowerThanTheExperienced() {
        LearningCurve truth = new LearningCurve(LearningCurve.Form.POWER, 0.6, 1.2);
        var fit = LearningCurveFit.fit(generated(truth, 1.05, 80, 11)).orElseThrow();

        assertThat(fit.curve().form()).isEqualTo(LearningCurve.Form.POWER);
        assertThat(fit.curve().shape()).isCloseTo(1.2, within(0.25));
        assertThat(fit.curve().initialExtra()).isCloseTo(0.6, within(0.1));
        assertThat(fit.plateau()).isCloseTo(1.05, within(0.03));
    }

    @Test
    void findsNoCurveInTooFewAgentsOrInDaysWithoutARamp() {
        LearningCurve truth = LearningCurve.configured(12, 0.45);
        assertThat(LearningCurveFit.fit(generated(truth, 1, LearningCurveFit.MIN_AGENTS - 1, 3))).isEmpty();

        // new agents as fast as the experienced from the first day: no ramp to fit, or one that is flat
        var flat = LearningCurveFit.fit(generated(new LearningCurve(LearningCurve.Form.EXPONENTIAL, 0, 4), 1, 40, 5));
        flat.ifPresent(f -> assertThat(f.curve().initialExtra() * f.curve().remaining(1)).isLessThan(0.02));
    }

    @Test
    void weeklyMeansWeighByContactsAndCountAgents() {
        var points = LearningCurveFit.weekly(List.of(new RampObservation(1, 0, 1.5, 10),
                new RampObservation(2, 3, 1.2, 30), new RampObservation(1, 8, 1.1, 5),
                new RampObservation(1, 400, 1.0, 5)));
        assertThat(points).hasSize(2);
        assertThat(points.get(0).relativeAht()).isCloseTo((1.5 * 10 + 1.2 * 30) / 40, within(1e-9));
        assertThat(points.get(0).agents()).isEqualTo(2);
        assertThat(points.get(0).weeks()).isCloseTo(3.0 * 30 / 7 / 40, within(1e-9));
        assertThat(points.get(1).week()).isEqualTo(1);
    }

    @Test
    void proficiencyRisesFromTheCourseLevelTowardFull() {
        LearningCurve curve = LearningCurve.configured(12, 0.45);
        assertThat(curve.proficiency(0.5, 1, 0)).isEqualTo(0.5);
        assertThat(curve.proficiency(0.5, 1, 12)).isCloseTo(0.975, within(1e-9));
        assertThat(curve.proficiency(0.5, 1, 1)).isLessThan(curve.proficiency(0.5, 1, 8));
        assertThat(curve.proficiency(0.9, 0.8, 3)).isEqualTo(0.9);
        // from 0.5, 95 % of full is 90 % of the gap: τ·ln 10
        assertThat(curve.weeksToProficient(0.5, 1)).isCloseTo(curve.shape() * Math.log(10), within(1e-9));
        assertThat(curve.weeksToProficient(0.96, 1)).isZero();
        LearningCurve power = new LearningCurve(LearningCurve.Form.POWER, 0.5, 1);
        assertThat(power.learnt(power.weeksToLearn(0.8))).isCloseTo(0.8, within(1e-9));
    }
}
