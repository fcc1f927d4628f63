package dev.frontline.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SkillRampTest {

    private final LearningCurve curve = LearningCurve.configured(12, 0.4);
    private final SkillRamp ramp = new SkillRamp(curve, 1.0);
    private final LocalDate gained = LocalDate.of(2026, 11, 2);

    @Test
    void aNewlyGainedSkillCountsLessInWeekOneThanInWeekEight() {
        SkillRamp.Gain gain = new SkillRamp.Gain(gained, 0.5);
        double week1 = ramp.on(gained.plusWeeks(1), 0.5, gain).proficiency();
        double week8 = ramp.on(gained.plusWeeks(8), 0.5, gain).proficiency();
        assertThat(ramp.on(gained, 0.5, gain).proficiency()).isEqualTo(0.5);
        assertThat(week1).isCloseTo(0.5 + 0.5 * curve.learnt(1), within(1e-9)).isLessThan(week8);
        assertThat(ramp.on(gained.plusWeeks(12), 0.5, gain).proficiency()).isCloseTo(0.975, within(1e-9));
        assertThat(ramp.on(gained.plusWeeks(1), 0.5, gain).weeks()).isEqualTo(1.0);
    }

    @Test
    void aLevelChangedSinceTheGainOrADateBeforeItIsTakenAsHeld() {
        SkillRamp.Gain gain = new SkillRamp.Gain(gained, 0.5);
        assertThat(ramp.on(gained.plusWeeks(1), 0.8, gain).proficiency()).isEqualTo(0.8);
        assertThat(ramp.on(gained.plusWeeks(1), 0.8, gain).start()).isNull();
        assertThat(ramp.on(gained.minusDays(1), 0.5, gain).proficiency()).isEqualTo(0.5);
        assertThat(ramp.on(gained, 0.7, null).proficiency()).isEqualTo(0.7);
    }

    @Test
    void aNewHireCountsAtTheNestingLevelInClassThenRisesTowardTheirLevelNeverAbove() {
        LocalDate hired = LocalDate.of(2026, 11, 23);
        SkillRamp.Nesting inClass = new SkillRamp.Nesting(hired, null, 0.5);
        assertThat(ramp.on(hired.plusDays(10), 0.9, inClass).proficiency()).isEqualTo(0.5);
        assertThat(ramp.on(hired.minusDays(1), 0.9, inClass).proficiency()).isEqualTo(0.9);

        SkillRamp.Nesting nesting = new SkillRamp.Nesting(hired, hired.plusDays(18), 0.5);
        double start = ramp.on(hired.plusDays(18), 0.9, nesting).proficiency();
        double later = ramp.on(hired.plusDays(18 + 28), 0.9, nesting).proficiency();
        assertThat(start).isEqualTo(0.5);
        assertThat(later).isGreaterThan(0.5).isLessThan(0.9);
        assertThat(ramp.on(hired.plusYears(2), 0.9, nesting).proficiency()).isCloseTo(0.9, within(1e-6));
        // a hire whose level is at or below the nesting level is not held back further
        assertThat(ramp.on(hired.plusDays(10), 0.45, inClass).proficiency()).isEqualTo(0.45);
    }

    @Test
    void timeToProficiencyAddsTheMedianCourseTimeToTheRampFromThePathsLevel() {
        TimeToProficiency time = TimeToProficiency.of(List.of(14, 21, 18), 0.5, curve, 1.0);
        assertThat(time.finished()).isEqualTo(3);
        assertThat(time.courseDays()).isEqualTo(18.0);
        assertThat(time.rampWeeks()).isCloseTo(curve.weeksToProficient(0.5, 1), within(1e-9));
        assertThat(time.totalWeeks()).isCloseTo(18 / 7.0 + time.rampWeeks(), within(1e-9));

        TimeToProficiency noSkill = TimeToProficiency.of(List.of(10, 20), null, curve, 1.0);
        assertThat(noSkill.courseDays()).isEqualTo(15.0);
        assertThat(noSkill.rampWeeks()).isZero();
        assertThat(TimeToProficiency.of(List.of(), 0.5, curve, 1.0).totalWeeks()).isNull();
    }
}
