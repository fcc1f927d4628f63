package dev.frontline.capacity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.staffing.engine.ServiceGoal;

/**
 * A queue short from the first week (two agents for 2.67 FTE) with a peak in weeks 10–19; a class can start from
 * week 1 and spends four weeks in the classroom, so weeks 0–4 cannot be helped and every later week can.
 */
class HiringOptimiserTest {

    static final LocalDate FIRST = LocalDate.of(2027, 1, 4);
    static final OnboardingPath PATH = new OnboardingPath("NEW-HIRE", 4, 2, 0.5, 10);
    static final int WEEKS = 26;

    static CapacityInput input() {
        List<WeeklyDemand> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            double volume = w >= 10 && w < 20 ? 2000 : 1000;
            weeks.add(new WeeklyDemand(FIRST.plusWeeks(w), volume, volume * 0.9, volume * 1.1, 180));
        }
        QueueDemand queue = new QueueDemand("BILLING", "IST", QueueModel.voice(ServiceGoal.of(80, 20)),
                QueueDemand.flat(10), 60, weeks);
        return new CapacityInput(new PlanSettings(FIRST, WEEKS, 40, PlanSettings.sameEveryMonth(0.25)), List.of(queue),
                List.of(SupplyAgent.steady("A1", "BILLING", LocalDate.of(2020, 1, 6), 1, 1),
                        SupplyAgent.steady("A2", "BILLING", LocalDate.of(2021, 1, 4), 1, 1)),
                AttritionModel.flat(0.01), List.of(), List.of());
    }

    static HiringLimits limits(int parallel, int budget) {
        return new HiringLimits(FIRST.plusWeeks(1), 2, 12, Map.of("IST", parallel), budget, Map.of("BILLING", PATH), 20);
    }

    @Test
    void neverCountsAClassBeforeItsTrainingEnds() {
        CapacityInput input = input();
        HiringOptimiser.Proposal proposal = HiringOptimiser.propose(input, limits(1, 100), Cancellation.NONE);
        assertThat(proposal.classes()).isNotEmpty();
        CapacityPlan before = CapacityPlanner.plan(input);
        CapacityPlan plan = CapacityPlanner.plan(input.withClasses(proposal.classes()));
        List<PlanWeek> weeks = plan.queues().getFirst().weeks();
        for (HiringClass c : proposal.classes()) {
            int start = (int) ChronoUnit.WEEKS.between(FIRST, c.start());
            assertThat(start).as("no class before the recruiting lead time").isGreaterThanOrEqualTo(1);
            assertThat(start + PATH.classroomWeeks()).as("its training ends within the plan").isLessThan(WEEKS);
            assertThat(c.size()).isBetween(2, 10);
            // alone in the plan, the class adds nothing before its classroom ends
            List<PlanWeek> alone = CapacityPlanner.plan(input.withClasses(List.of(c))).queues().getFirst().weeks();
            for (int w = 0; w < start + PATH.classroomWeeks(); w++) {
                assertThat(alone.get(w).hiresFte()).as("class of %s counted in week %d", c.start(), w).isZero();
            }
            assertThat(alone.get(start + PATH.classroomWeeks()).hiresFte()).isPositive();
        }
        // weeks 0–4 stay short whatever is hired; from week 5 the classes close every gap, the peak included
        for (int w = 0; w < WEEKS; w++) {
            assertThat(weeks.get(w).belowGoal()).as("week %d below goal", w).isEqualTo(w <= 4);
        }
        assertThat(before.summary().weeksBelowGoal()).isEqualTo(WEEKS);
        // one classroom: no two classes in it at once
        for (HiringClass a : proposal.classes()) {
            for (HiringClass b : proposal.classes()) {
                if (a != b) {
                    long apart = Math.abs(ChronoUnit.WEEKS.between(a.start(), b.start()));
                    assertThat(apart).isGreaterThanOrEqualTo(PATH.classroomWeeks());
                }
            }
        }
    }

    @Test
    void aBudgetTooSmallLeavesWeeksBelowGoalRatherThanOverspending() {
        CapacityInput input = input();
        HiringOptimiser.Proposal proposal = HiringOptimiser.propose(input, limits(1, 2), Cancellation.NONE);
        int hires = proposal.classes().stream().mapToInt(HiringClass::size).sum();
        assertThat(hires).isLessThanOrEqualTo(2);
        CapacityPlan plan = CapacityPlanner.plan(input.withClasses(proposal.classes()));
        assertThat(plan.summary().weeksBelowGoal()).isGreaterThan(5);
    }
}
