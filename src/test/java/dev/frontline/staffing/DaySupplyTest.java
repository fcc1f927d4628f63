package dev.frontline.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.training.ProficiencyOnDate;
import dev.frontline.training.SkillSupply;
import dev.frontline.training.engine.LearningCurve;
import dev.frontline.training.engine.SkillRamp;

/**
 * The skill supply next to a requirement, hand-checked: a chat course passed on Mon 2 Nov at 0.50 on the configured
 * curve (95 % of the way after 12 weeks, so τ = 12 / ln 20 = 4.0057 weeks) puts the agent at
 * 0.5 + 0.5·(1 − e^(−1/4.0057)) = 0.6105 in week 2 (7 days on) and 0.5 + 0.5·(1 − e^(−7/4.0057)) = 0.9129 in week 8.
 */
class DaySupplyTest {

    private static final long CHAT = 7;
    private static final long NEW_AGENT = 1;
    private static final LocalDate GAINED = LocalDate.of(2026, 11, 2);
    private final SkillRamp ramp = new SkillRamp(LearningCurve.configured(12, 0.4), ProficiencyOnDate.FULL);

    private DaySupply supplyOn(LocalDate day, double peakScheduled) {
        ProficiencyOnDate.Proficiencies p = new ProficiencyOnDate.Proficiencies(day, ramp,
                Map.of(NEW_AGENT, Map.of(CHAT, new SkillRamp.Gain(GAINED, 0.5))), Map.of());
        // the new agent and three experienced ones at 1.0, 0.8 and 0.9 with no recent gain
        List<SkillSupply.Holder> holders = List.of(
                new SkillSupply.Holder("E1", "Ayşe Yılmaz", p.explain(NEW_AGENT, CHAT, 0.5)),
                new SkillSupply.Holder("E2", "Can Demir", p.explain(2, CHAT, 1.0)),
                new SkillSupply.Holder("E3", "Ece Kaya", p.explain(3, CHAT, 0.8)),
                new SkillSupply.Holder("E4", "Mert Şahin", p.explain(4, CHAT, 0.9)));
        return DaySupply.of(day, "Chat EN", SkillSupply.of(day, holders), 2, peakScheduled);
    }

    @Test
    void aNewChatSkilledAgentCountsLessInWeekOneThanInWeekEight() {
        DaySupply early = supplyOn(GAINED.plusWeeks(1), 2.5);
        DaySupply late = supplyOn(GAINED.plusWeeks(7), 2.5);
        SkillSupply.Ramping newAgent = early.supply().ramping().get(0);
        assertThat(newAgent.proficiency()).isCloseTo(0.61046, within(1e-4));
        assertThat(newAgent.week()).isEqualTo(2);
        assertThat(late.supply().ramping().get(0).proficiency()).isCloseTo(0.91289, within(1e-4));
        assertThat(late.supply().ramping().get(0).week()).isEqualTo(8);
        // 0.6105 + 1.0 + 0.8 + 0.9 = 3.3105 agents at full speed in week 2; 3.6129 in week 8
        assertThat(early.supply().heads()).isEqualTo(4);
        assertThat(early.supply().fullSpeed()).isCloseTo(3.31046, within(1e-4));
        assertThat(late.supply().fullSpeed()).isCloseTo(3.61289, within(1e-4));
        // a peak of 2.5 scheduled takes 2.5 / (3.3105 / 4) = 3.02 → 4 heads in week 2, 2.5 / 0.9032 = 2.77 → 3 in week 8
        assertThat(early.peakHeads()).isEqualTo(4);
        assertThat(late.peakHeads()).isEqualTo(3);
    }

    @Test
    void theExplanationSaysItInPlannerWords() {
        String text = supplyOn(GAINED.plusWeeks(1), 2.5).explanation().english();
        assertThat(text).contains("4 agents hold the skill of Chat EN", "3.3 agents at full speed",
                "1 still ramping: Ayşe Yılmaz at 61 % in week 2 after a course", "peak of 2.5 scheduled takes 4 of these agents");
        assertThat(supplyOn(GAINED.plusWeeks(30), 2.5).explanation().english()).contains("nobody is still ramping");
    }

    @Test
    void aNewHireStillInOnboardingCountsAtTheNestingLevel() {
        LocalDate day = GAINED.plusDays(3);
        ProficiencyOnDate.Proficiencies p = new ProficiencyOnDate.Proficiencies(day, ramp, Map.of(),
                Map.of(NEW_AGENT, new SkillRamp.Nesting(GAINED, null, 0.6)));
        SkillSupply supply = SkillSupply.of(day, List.of(new SkillSupply.Holder("E1", "Ayşe Yılmaz",
                p.explain(NEW_AGENT, CHAT, 0.9))));
        assertThat(supply.fullSpeed()).isEqualTo(0.6);
        assertThat(supply.ramping().get(0).inCourses()).isTrue();
        assertThat(DaySupply.of(day, "Chat EN", supply, 1, 1).explanation().english())
                .contains("Ayşe Yılmaz at 60 %, a new hire still in onboarding courses");
    }
}
