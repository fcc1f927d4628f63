package dev.frontline.capacity.engine;

import static dev.frontline.capacity.engine.CapacityPlannerTest.FIRST;
import static dev.frontline.capacity.engine.CapacityPlannerTest.MONTH;
import static dev.frontline.capacity.engine.CapacityPlannerTest.PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.frontline.staffing.engine.ServiceGoal;

/**
 * The levers added to the first plan, on the hand-checked queue of {@link CapacityPlannerTest} (1,000 calls a week
 * over ten hours need 8 agents an hour, 80 agent-hours a week; three full-time agents; 2 % leave a month): shrinkage
 * by month, office seats and the share of home work, cross-skilling a cohort to chat, onboarding length, and what one
 * class does to the gap.
 */
class CapacityLeversTest {

    static double stay(int weeks) {
        return Math.exp(-0.02 * 7 * weeks / MONTH);
    }

    @Test
    void eachQueueTakesTheShrinkageOfTheMonthItsWeekStartsIn() {
        // Monday 25 January, 1 and 8 February 2027: January's 25 %, February's 40 %
        LocalDate first = LocalDate.of(2027, 1, 25);
        double[] byMonth = PlanSettings.sameEveryMonth(0.25);
        byMonth[1] = 0.40;
        List<WeeklyDemand> weeks = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            weeks.add(new WeeklyDemand(first.plusWeeks(w), 1000, 900, 1100, 180));
        }
        QueueDemand queue = new QueueDemand("BILLING", "IST", QueueModel.voice(ServiceGoal.of(80, 20)),
                QueueDemand.flat(10), 60, weeks, byMonth, null);
        CapacityInput input = new CapacityInput(new PlanSettings(first, 3, 40, PlanSettings.sameEveryMonth(0.30)),
                List.of(queue), List.of(), AttritionModel.flat(0.02), List.of(), List.of());
        List<PlanWeek> plan = CapacityPlanner.plan(input).queues().getFirst().weeks();
        assertThat(plan.get(0).requiredFte()).isCloseTo(80 / 0.75 / 40, within(1e-9));     // 2.667
        assertThat(plan.get(1).requiredFte()).isCloseTo(80 / 0.60 / 40, within(1e-9));     // 3.333
        assertThat(plan.get(2).requiredFte()).isCloseTo(80 / 0.60 / 40, within(1e-9));
        // a queue without its own table takes the plan's 30 %
        CapacityInput plain = input.withClasses(List.of());
        plain = new CapacityInput(plain.settings(), List.of(queue.withShrinkage(null)), List.of(), plain.attrition(),
                List.of(), List.of());
        assertThat(CapacityPlanner.plan(plain).queues().getFirst().weeks().get(1).requiredFte())
                .isCloseTo(80 / 0.70 / 40, within(1e-9));
    }

    @Test
    void officeSeatsCapTheSupplyAndHomeWorkLiftsTheCap() {
        CapacityInput base = CapacityPlannerTest.input(List.of());
        QueueDemand queue = base.queues().getFirst();
        // 2 FTE of seats, half the work at home, 0.5 FTE of home-only agents: 0.5 + 2 / 0.5 = 4.5 FTE, no limit here
        assertThat(new OfficeSeats(2, 0.5, 0.5).supplyCap()).isCloseTo(4.5, within(1e-12));
        assertThat(new OfficeSeats(2, 1, 0.5).supplyCap()).isInfinite();
        CapacityInput seated = withQueue(base, queue.withSeats(new OfficeSeats(2, 0.5, 0.5)));
        assertThat(CapacityPlanner.plan(seated).queues().getFirst().weeks().get(0).supplyFte()).isCloseTo(3, within(1e-9));
        // everybody in the office: 0.5 + 2 = 2.5 FTE can sit; week 1 loses the 0.5 FTE of training on top
        CapacityInput office = withQueue(base, queue.withSeats(new OfficeSeats(2, 0, 0.5)));
        List<PlanWeek> weeks = CapacityPlanner.plan(office).queues().getFirst().weeks();
        assertThat(weeks.get(0).supplyFte()).isCloseTo(2.5, within(1e-9));
        assertThat(weeks.get(1).supplyFte()).isCloseTo(2.0, within(1e-9));
        assertThat(weeks.get(0).belowGoal()).isTrue();
        // the existing staff are still counted in full: the seats limit who can work, not who is employed
        assertThat(weeks.get(0).existingFte()).isCloseTo(3, within(1e-9));
    }

    @Test
    void aCrossSkilledCohortMovesTimeToChatFromItsDateAndRampsUpThere() {
        LocalDate from = FIRST.plusWeeks(2);
        List<SupplyAgent> agents = List.of(
                SupplyAgent.steady("V1", "BILLING", LocalDate.of(2015, 3, 1), 1.0, 1.0),
                SupplyAgent.steady("V2", "BILLING", LocalDate.of(2016, 5, 1), 1.0, 1.0),
                SupplyAgent.steady("C1", "CHAT", LocalDate.of(2014, 1, 1), 1.0, 1.0));
        List<SupplyAgent> after = CrossSkilling.apply(agents, Set.of("BILLING"), List.of("CHAT"), 1, from, 0.5, 2);
        // V1 has served longest among the voice agents without chat: half their week moves to chat on the day
        CapacityInput base = CapacityPlannerTest.input(List.of());
        List<WeeklyDemand> chatWeeks = base.queues().getFirst().weeks();
        QueueDemand chat = new QueueDemand("CHAT", "IST", QueueModel.chat(ServiceGoal.of(80, 60), 2),
                QueueDemand.flat(10), 60, chatWeeks);
        CapacityInput input = new CapacityInput(base.settings(), List.of(base.queues().getFirst(), chat), after,
                AttritionModel.flat(0.02), List.of(), List.of());
        CapacityPlan plan = CapacityPlanner.plan(input);
        List<PlanWeek> voice = plan.queues().get(0).weeks();
        List<PlanWeek> chats = plan.queues().get(1).weeks();
        assertThat(voice.get(1).existingFte()).isCloseTo(2 * stay(1), within(1e-9));
        assertThat(voice.get(2).existingFte()).isCloseTo(1.5 * stay(2), within(1e-9));
        assertThat(voice.get(6).existingFte()).isCloseTo(1.5 * stay(6), within(1e-9));
        assertThat(chats.get(1).existingFte()).isCloseTo(1 * stay(1), within(1e-9));
        // on chat from week 2 at half proficiency, 75 % a week later, full from week 4
        assertThat(chats.get(2).existingFte()).isCloseTo((1 + 0.5 * 0.5) * stay(2), within(1e-9));
        assertThat(chats.get(3).existingFte()).isCloseTo((1 + 0.5 * 0.75) * stay(3), within(1e-9));
        assertThat(chats.get(4).existingFte()).isCloseTo(1.5 * stay(4), within(1e-9));

        assertThatThrownBy(() -> CrossSkilling.apply(agents, Set.of("BILLING"), List.of("CHAT"), 3, from, 0.5, 2))
                .isInstanceOfSatisfying(CapacityInputException.class,
                        e -> assertThat(e.field()).isEqualTo("crossSkillAgents"));
        assertThatThrownBy(() -> CrossSkilling.apply(agents, Set.of("BILLING"), List.of(), 1, from, 0.5, 2))
                .isInstanceOfSatisfying(CapacityInputException.class,
                        e -> assertThat(e.field()).isEqualTo("crossSkillAgents"));
    }

    @Test
    void onboardingLengthKeepsTheClassroomsShareAndMovesTheWeekAClassCounts() {
        // the path: 2 classroom + 2 nesting weeks
        OnboardingPath three = PATH.withOnboardingWeeks(3);
        assertThat(three.classroomWeeks()).isEqualTo(2);                      // round(3 × 2/4 = 1.5) = 2
        assertThat(three.nestingWeeks()).isEqualTo(1);
        OnboardingPath five = PATH.withOnboardingWeeks(5);
        assertThat(five.classroomWeeks()).isEqualTo(3);                       // round(2.5) = 3
        assertThat(five.nestingWeeks()).isEqualTo(2);
        assertThat(PATH.withOnboardingWeeks(1).classroomWeeks()).isEqualTo(1);
        HiringClass shortClass = new HiringClass("BILLING", "IST", FIRST.plusWeeks(1), 2, three, false);
        HiringClass longClass = new HiringClass("BILLING", "IST", FIRST.plusWeeks(1), 2, five, false);
        assertThat(shortClass.onPhonesFrom()).isEqualTo(FIRST.plusWeeks(3));
        assertThat(longClass.onPhonesFrom()).isEqualTo(FIRST.plusWeeks(4));
        // week 3: the short class nests at 50 % while the long one is still in the classroom
        assertThat(CapacityPlanner.plan(CapacityPlannerTest.input(List.of(shortClass))).queues().getFirst().weeks()
                .get(3).hiresFte()).isCloseTo(2 * 0.5 * stay(2), within(1e-9));
        assertThat(CapacityPlanner.plan(CapacityPlannerTest.input(List.of(longClass))).queues().getFirst().weeks()
                .get(3).hiresFte()).isZero();
    }

    @Test
    void aClassesEffectIsTheGapWithoutIt() {
        // a full FTE of training in week 5 as well: the class of two (on the phones from week 4) covers it
        HiringClass klass = new HiringClass("BILLING", "IST", FIRST.plusWeeks(2), 2, PATH, false);
        CapacityInput base = CapacityPlannerTest.input(List.of(klass));
        List<TrainingLoad> training = new ArrayList<>(base.training());
        training.add(new TrainingLoad("BILLING", FIRST.plusWeeks(5), 40));
        CapacityInput input = new CapacityInput(base.settings(), base.queues(), base.agents(), base.attrition(),
                training, base.classes());
        CapacityPlan plan = CapacityPlanner.plan(input);
        ClassEffect effect = ClassEffect.of(input, plan, 0);
        double required = 80 / 0.75 / 40;
        double shortWeek1 = required - (3 * stay(1) - 0.5);                   // 0.181 FTE
        double shortWeek5 = required - (3 * stay(5) - 1.0);                   // 0.735 FTE without the class
        // with the class week 5 has 3 × 0.977 + 2 × 0.75 × 0.986 − 1 = 3.41 FTE: only week 1 is short
        assertThat(effect.weeksBelowWith()).isEqualTo(1);
        assertThat(effect.weeksBelowWithout()).isEqualTo(2);
        assertThat(effect.shortfallWith()).isCloseTo(shortWeek1, within(1e-9));
        assertThat(effect.shortfallWithout()).isCloseTo(shortWeek1 + shortWeek5, within(1e-9));
    }

    private static CapacityInput withQueue(CapacityInput input, QueueDemand queue) {
        return new CapacityInput(input.settings(), List.of(queue), input.agents(), input.attrition(), input.training(),
                input.classes());
    }
}
