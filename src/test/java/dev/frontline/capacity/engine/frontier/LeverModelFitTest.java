package dev.frontline.capacity.engine.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LeverModelFitTest {

    private static final Map<Term, Double> CURRENT = LeverModel.levers(3, 4, 0);

    /**
     * Generated agent-months: QA = 84 − 16·exp(−tenure/4) + 1.5 per classroom week beyond 3, plus a cohort effect
     * (sd 1) and noise (sd 4), for {@code cohorts} monthly cohorts of 8 agents alternating 3- and 5-week classrooms.
     */
    private static List<Observation> generated(int cohorts, double perClassroomWeek, long seed) {
        Random r = new Random(seed);
        List<Observation> out = new ArrayList<>();
        long agent = 0;
        for (int c = 0; c < cohorts; c++) {
            double classroom = c % 2 == 0 ? 3 : 5;
            double cohortShift = r.nextGaussian();
            for (int a = 0; a < 8; a++) {
                agent++;
                for (int month = 0; month < 9; month++) {
                    double tenure = 2 + month * 4.35;
                    double qa = 84 - 16 * Math.exp(-tenure / 4) + perClassroomWeek * (classroom - 3) + cohortShift
                            + 4 * r.nextGaussian();
                    out.add(new Observation("C" + c, agent, tenure, classroom, classroom == 3 ? 4.0 : 2.0, 0, qa, 1));
                }
            }
        }
        return out;
    }

    @Test
    void recoversAKnownClassroomEffectWithinItsInterval() {
        LeverModel m = LeverModelFit.fit(LeverModel.Measure.QA, generated(24, 1.5, 7), CURRENT,
                EnumSet.of(Term.NEW_HIRE, Term.CLASSROOM_WEEKS, Term.NESTING_WEEKS));

        Effect classroom = m.effect(Term.CLASSROOM_WEEKS);
        assertThat(classroom.status()).isEqualTo(Effect.Status.USED);
        assertThat(classroom.estimate()).isBetween(1.5 - classroom.margin95(), 1.5 + classroom.margin95());
        assertThat(classroom.margin95()).isLessThan(1.0);
        assertThat(classroom.cohorts()).isEqualTo(24);
        // the ramp: a hire's first day 16 points lower, τ = 4 weeks
        assertThat(m.effect(Term.NEW_HIRE).estimate()).isBetween(-19.0, -13.0);
        assertThat(m.tauWeeks()).isEqualTo(4);
        // nesting always came with the classroom length: confounded, not invented
        assertThat(m.effect(Term.NESTING_WEEKS).status()).isEqualTo(Effect.Status.CONFOUNDED);
        // an experienced agent's level under today's 3-week classroom, and 5 weeks predicted 3 points higher
        assertThat(m.level().estimate()).isBetween(83.0, 85.0);
        LeverModel.Prediction five = m.predict(0, LeverModel.levers(5, 4, 0));
        assertThat(five.value() - m.level().estimate()).isCloseTo(2 * classroom.estimate(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(five.standardError()).isGreaterThan(m.level().standardError());
    }

    @Test
    void noEffectInTheDataIsNotInvented() {
        LeverModel m = LeverModelFit.fit(LeverModel.Measure.QA, generated(24, 0, 11), CURRENT,
                EnumSet.of(Term.NEW_HIRE, Term.CLASSROOM_WEEKS));

        Effect classroom = m.effect(Term.CLASSROOM_WEEKS);
        assertThat(classroom.status()).isEqualTo(Effect.Status.NOT_SIGNIFICANT);
        assertThat(m.predict(0, LeverModel.levers(5, 4, 0)).value()).isEqualTo(m.level().estimate());
    }

    @Test
    void tooFewCohortsGiveNoEffectAndSaySo() {
        // a strong effect, but only three cohorts: the data cannot tell it from the cohorts' own differences
        LeverModel m = LeverModelFit.fit(LeverModel.Measure.QA, generated(3, 3.0, 5), CURRENT,
                EnumSet.of(Term.NEW_HIRE, Term.CLASSROOM_WEEKS));

        Effect classroom = m.effect(Term.CLASSROOM_WEEKS);
        assertThat(classroom.status()).isEqualTo(Effect.Status.TOO_FEW_COHORTS);
        assertThat(classroom.cohorts()).isEqualTo(3);
        assertThat(classroom.distinctValues()).isEqualTo(2);
        assertThat(classroom.used()).isFalse();
        assertThat(m.predict(0, LeverModel.levers(5, 4, 0)).value()).isEqualTo(m.level().estimate());
    }

    @Test
    void tooFewObservationsPredictNothing() {
        LeverModel m = LeverModelFit.fit(LeverModel.Measure.FCR, generated(24, 1.5, 3).subList(0, 20), CURRENT,
                EnumSet.of(Term.NEW_HIRE, Term.CLASSROOM_WEEKS));

        assertThat(m.enough()).isFalse();
        assertThat(m.predict(0, CURRENT).known()).isFalse();
    }
}
