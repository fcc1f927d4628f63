package dev.frontline.capacity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.shared.text.Phrase;
import dev.frontline.staffing.engine.ServiceGoal;

/**
 * One voice queue worked by hand: 1,000 calls a week (80 % interval 900–1,100) spread evenly over ten one-hour
 * intervals, AHT 180 s, goal 80 % in 20 s, shrinkage 25 %, 40 h per FTE; three full-time experienced agents; a flat
 * leaving rate of 2 % a month (interval 1–3 %); 20 training hours in week 1; one class of two starting in week 2
 * with two classroom weeks and two nesting weeks from 50 %.
 */
class CapacityPlannerTest {

    static final LocalDate FIRST = LocalDate.of(2027, 1, 4);
    static final double MONTH = 365.25 / 12;
    static final OnboardingPath PATH = new OnboardingPath("NEW-HIRE", 2, 2, 0.5, 12);

    /**
     * Erlang C written out with factorials, independently of the staffing engine's recursion:
     * C(n, A) = (Aⁿ/n! · n/(n−A)) / (Σ_{k<n} Aᵏ/k! + Aⁿ/n! · n/(n−A)), SL = 1 − C·exp(−(n−A)·T/AHT).
     */
    static double serviceLevel(int n, double a, double t, double aht) {
        double sum = 0;
        double term = 1;
        for (int k = 0; k < n; k++) {
            sum += term;
            term = term * a / (k + 1);
        }
        double top = term * n / (n - a);
        return 1 - top / (sum + top) * Math.exp(-(n - a) * t / aht);
    }

    static CapacityInput input(List<HiringClass> classes) {
        List<WeeklyDemand> weeks = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            weeks.add(new WeeklyDemand(FIRST.plusWeeks(w), 1000, 900, 1100, 180));
        }
        QueueDemand queue = new QueueDemand("BILLING", "IST", QueueModel.voice(ServiceGoal.of(80, 20)),
                QueueDemand.flat(10), 60, weeks);
        List<SupplyAgent> agents = List.of(
                SupplyAgent.steady("A1", "BILLING", LocalDate.of(2015, 3, 1), 1.0, 1.0),
                SupplyAgent.steady("A2", "BILLING", LocalDate.of(2016, 5, 1), 1.0, 1.0),
                SupplyAgent.steady("A3", "BILLING", LocalDate.of(2017, 9, 1), 1.0, 1.0));
        double[] expected = new double[6];
        double[] low = new double[6];
        double[] high = new double[6];
        Arrays.fill(expected, 0.02);
        Arrays.fill(low, 0.01);
        Arrays.fill(high, 0.03);
        return new CapacityInput(new PlanSettings(FIRST, 8, 40, PlanSettings.sameEveryMonth(0.25)), List.of(queue), agents,
                AttritionModel.of(expected, low, high), List.of(new TrainingLoad("BILLING", FIRST.plusWeeks(1), 20)),
                classes);
    }

    @Test
    void handCheckedWeeks() {
        HiringClass klass = new HiringClass("BILLING", "IST", FIRST.plusWeeks(2), 2, PATH, false);
        CapacityPlan plan = CapacityPlanner.plan(input(List.of(klass)));
        List<PlanWeek> weeks = plan.queues().getFirst().weeks();

        // 100 calls an hour × 180 s = 5 Erlangs; by hand 7 agents give 74.0 %, 8 give 88.0 % → 8 an hour
        assertThat(serviceLevel(7, 5, 20, 180)).isLessThan(0.8);
        assertThat(serviceLevel(8, 5, 20, 180)).isGreaterThanOrEqualTo(0.8);
        double required = 10 * 8 * 1.0 / (1 - 0.25) / 40;                        // 2.667 FTE
        // 80 % interval: 90 calls = 4.5 Erlangs need 7 (83.6 %), 110 calls = 5.5 Erlangs need 8 (81.0 %)
        assertThat(serviceLevel(6, 4.5, 20, 180)).isLessThan(0.8);
        assertThat(serviceLevel(7, 4.5, 20, 180)).isGreaterThanOrEqualTo(0.8);
        assertThat(serviceLevel(8, 5.5, 20, 180)).isGreaterThanOrEqualTo(0.8);
        double requiredLow = 10 * 7 / 0.75 / 40;                                 // 2.333 FTE
        double requiredHigh = 10 * 8 / 0.75 / 40;

        for (int w = 0; w < 8; w++) {
            PlanWeek week = weeks.get(w);
            double stay = Math.exp(-0.02 * 7 * w / MONTH);
            double existing = 3 * stay;
            double training = w == 1 ? 20 / 40.0 : 0;
            // the class: classroom in weeks 2–3, nesting at 50 % in week 4, 75 % in week 5, 100 % from week 6
            double proficiency = switch (w) {
                case 4 -> 0.5;
                case 5 -> 0.75;
                case 6, 7 -> 1.0;
                default -> 0;
            };
            double hires = 2 * proficiency * (w >= 2 ? Math.exp(-0.02 * 7 * (w - 2) / MONTH) : 0);
            double supply = existing + hires - training;
            assertThat(week.weekStart()).isEqualTo(FIRST.plusWeeks(w));
            assertThat(week.requiredFte()).as("required, week %d", w).isCloseTo(required, within(1e-9));
            assertThat(week.requiredLow()).isCloseTo(requiredLow, within(1e-9));
            assertThat(week.requiredHigh()).isCloseTo(requiredHigh, within(1e-9));
            assertThat(week.existingFte()).as("existing, week %d", w).isCloseTo(existing, within(1e-9));
            assertThat(week.hiresFte()).as("hires, week %d", w).isCloseTo(hires, within(1e-9));
            assertThat(week.trainingFte()).isCloseTo(training, within(1e-9));
            assertThat(week.supplyFte()).isCloseTo(supply, within(1e-9));
            assertThat(week.gapFte()).isCloseTo(supply - required, within(1e-9));
            assertThat(week.gapPercent()).isCloseTo(100 * (supply - required) / required, within(1e-7));
            assertThat(week.expectedLeavers()).isCloseTo(3 * (1 - stay), within(1e-9));
            // the band: fewest leavers (1 % a month) and the low volume against most leavers (3 %) and the high volume
            double hiresHigh = 2 * proficiency * (w >= 2 ? Math.exp(-0.01 * 7 * (w - 2) / MONTH) : 0);
            double hiresLow = 2 * proficiency * (w >= 2 ? Math.exp(-0.03 * 7 * (w - 2) / MONTH) : 0);
            assertThat(week.gapHigh()).isCloseTo(3 * Math.exp(-0.01 * 7 * w / MONTH) + hiresHigh - training - requiredLow,
                    within(1e-9));
            assertThat(week.gapLow()).isCloseTo(3 * Math.exp(-0.03 * 7 * w / MONTH) + hiresLow - training - requiredHigh,
                    within(1e-9));
        }
        // week 0: 3 FTE give 3 × 40 × 0.75 = 90 productive hours for the 80 needed, 9 agents an hour → 94.8 %
        assertThat(weeks.get(0).expectedServiceLevel()).isCloseTo(serviceLevel(9, 5, 20, 180), within(1e-9));
        assertThat(weeks.get(0).belowGoal()).isFalse();
        // week 1: the training hours take 0.5 FTE and leave the queue short (2.986 − 0.5 < 2.667)
        assertThat(weeks.get(1).belowGoal()).isTrue();
        // its service level: 8 agents an hour scaled by the supply's share of the 80 hours, between 7 and 8 agents,
        // interpolated (the whole-agent rounding of the requirement still carries it just above 80 %)
        double slots = 8 * (3 * Math.exp(-0.02 * 7 / MONTH) - 0.5) * 40 * 0.75 / 80;
        assertThat(slots).isBetween(7.0, 8.0);
        double sl = serviceLevel(7, 5, 20, 180) + (slots - 7) * (serviceLevel(8, 5, 20, 180) - serviceLevel(7, 5, 20, 180));
        assertThat(weeks.get(1).expectedServiceLevel()).isCloseTo(sl, within(1e-9));
        // week 3: the class is still in the classroom, 3 × exp(−0.02 × 21 / 30.44) = 2.959 FTE cover the 2.667
        assertThat(weeks.get(3).hiresFte()).isZero();
        assertThat(weeks.get(3).belowGoal()).isFalse();
        assertThat(plan.queues().getFirst().weeksBelowGoal()).isEqualTo(1);

        CapacityPlan.Summary summary = plan.summary();
        assertThat(summary.hires()).isEqualTo(2);
        double employed = 0;
        for (int w = 2; w < 8; w++) {
            employed += 2 * Math.exp(-0.02 * 7 * (w - 2) / MONTH);
        }
        assertThat(summary.hireFteWeeks()).isCloseTo(employed, within(1e-9));
        assertThat(summary.averageRequiredFte()).isCloseTo(required, within(1e-9));
        assertThat(summary.weeksBelowGoal()).isEqualTo(1);
    }

    @Test
    void attritionPointsMoveEveryBandsAnnualTurnover() {
        AttritionModel base = AttritionModel.flat(0.02);
        AttritionModel plusFive = base.withAnnualPoints(5);
        double annual = 1 - Math.exp(-12 * 0.02);                                 // 21.3 % a year
        double moved = -Math.log(1 - (annual + 0.05)) / 12;
        for (var band : dev.frontline.attrition.engine.TenureBand.values()) {
            assertThat(plusFive.monthlyRate(band, AttritionModel.Bound.EXPECTED)).isCloseTo(moved, within(1e-12));
        }
        assertThat(base.monthlyRate(dev.frontline.attrition.engine.TenureBand.TO_1_YEAR, AttritionModel.Bound.EXPECTED))
                .isEqualTo(0.02);
    }

    @Test
    void refusesWhatCannotBePlanned() {
        assertThatThrownBy(() -> new HiringClass("BILLING", "IST", FIRST, 13, PATH, false))
                .isInstanceOfSatisfying(CapacityInputException.class, e -> assertThat(e.field()).isEqualTo("size"));
        assertThatThrownBy(() -> new PlanSettings(FIRST.plusDays(1), 52, 40, PlanSettings.sameEveryMonth(0.3)))
                .isInstanceOfSatisfying(CapacityInputException.class, e -> assertThat(e.field()).isEqualTo("firstWeek"));
        assertThatThrownBy(() -> AttritionModel.flat(-0.01))
                .isInstanceOfSatisfying(CapacityInputException.class, e -> assertThat(e.field()).isEqualTo("attrition"));
    }

    @Test
    void aRefusalSaysWhyInTheReadersLanguageNamingTheField() {
        // 7 Jan 2025 is a Tuesday: the field, and the date in the reader's own format
        assertThatThrownBy(() -> new PlanSettings(LocalDate.of(2025, 1, 7), 52, 40, PlanSettings.sameEveryMonth(0.3)))
                .isInstanceOfSatisfying(CapacityInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("firstWeek");
                    assertThat(e.getMessage()).isEqualTo("firstWeek: A plan starts on a Monday; Jan 7, 2025 is not one.");
                    assertThat(e.reason(java.util.Locale.forLanguageTag("pl-PL")))
                            .isEqualTo("Plan zaczyna się w poniedziałek; 7 sty 2025 nim nie jest.");
                    assertThat(e.reason(java.util.Locale.forLanguageTag("tr-TR")))
                            .isEqualTo("Bir plan pazartesi başlar; 7 Oca 2025 pazartesi değil.");
                });
        assertThatThrownBy(() -> new PlanSettings(null, 52, 40, PlanSettings.sameEveryMonth(0.3)))
                .isInstanceOfSatisfying(CapacityInputException.class,
                        e -> assertThat(e.reason(java.util.Locale.forLanguageTag("tr-TR")))
                                .isEqualTo("Planın ilk pazartesisini girin."));
        // Polish plural forms for a count of weeks (few: 2-4, many: 5+)
        assertThat(new CapacityInputException("weeks", Phrase.of("capacity.input.demand-weeks",
                "BILLING", 3, 52)).reason(java.util.Locale.forLanguageTag("pl-PL")))
                .isEqualTo("Kolejka BILLING ma popyt na 3 tygodnie; plan potrzebuje 52.");
        assertThat(new CapacityInputException("weeks", Phrase.of("capacity.input.demand-weeks",
                "BILLING", 5, 52)).reason(java.util.Locale.forLanguageTag("pl-PL")))
                .isEqualTo("Kolejka BILLING ma popyt na 5 tygodni; plan potrzebuje 52.");
    }
}
