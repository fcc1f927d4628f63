package dev.frontline.staffing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredWorkPlannerTest {

    private static List<DeferredWorkPlanner.Interval> intervals(boolean[] open, double[] arrivals, double aht) {
        List<DeferredWorkPlanner.Interval> list = new ArrayList<>();
        for (int i = 0; i < open.length; i++) {
            list.add(new DeferredWorkPlanner.Interval("i" + i, open[i], arrivals[i], aht));
        }
        return list;
    }

    @Test
    void spreadsABurstOverItsResponseWindowNotOverTheDay() {
        // 12 emails × 600 s = 2 agent-hours arriving in hour 0, due within 2 business hours: 1 agent in hours 0 and 1.
        boolean[] open = {true, true, true, true};
        DeferredWorkPlanner.Plan plan = DeferredWorkPlanner.plan(intervals(open, new double[] {12, 0, 0, 0}, 600), 3600,
                Duration.ofHours(2), null, DeferredWorkPlanner.HorizonEnd.CLEAR);
        assertThat(plan.requiredAgents()).containsExactly(new double[] {1, 1, 0, 0}, within(1e-9));
        assertThat(plan.intervals().get(0).backlogItems()).isCloseTo(6, within(1e-9));
        assertThat(plan.intervals().get(1).backlogItems()).isCloseTo(0, within(1e-9));
        assertThat(plan.carriedOverWorkSeconds()).isZero();
        // Volume × AHT spread flat would give 0.5 agents per hour and miss the 2-hour goal.
        assertThat(plan.intervals().get(0).explanation().sentence()).contains("due by the end of i1");
    }

    @Test
    void carriesBacklogOverClosedHours() {
        // Hours 2 and 3 are closed (night). 12 items at hour 1 are due by the 2nd open hour from then (hour 4);
        // 6 items arriving while closed start their clock at the next opening (hour 4) and are due at hour 5.
        boolean[] open = {true, true, false, false, true, true};
        DeferredWorkPlanner.Plan plan = DeferredWorkPlanner.plan(intervals(open, new double[] {0, 12, 6, 0, 0, 0}, 600), 3600,
                Duration.ofHours(2), null, DeferredWorkPlanner.HorizonEnd.CLEAR);
        assertThat(plan.requiredAgents()).containsExactly(new double[] {0, 1, 0, 0, 1, 1}, within(1e-9));
        assertThat(plan.intervals().get(3).backlogItems()).isCloseTo(12, within(1e-9));
        assertThat(plan.intervals().get(2).explanation().sentence()).contains("closed");
        assertThat(plan.intervals().stream().mapToDouble(DeferredWorkPlanner.IntervalPlan::requiredAgents).sum() * 3600)
                .isCloseTo(plan.totalWorkSeconds(), within(1e-6));
    }

    @Test
    void horizonEndEitherClearsOrCarriesOver() {
        boolean[] open = {true, true, true};
        double[] arrivals = {0, 0, 6};
        DeferredWorkPlanner.Plan clear = DeferredWorkPlanner.plan(intervals(open, arrivals, 600), 3600, Duration.ofHours(2),
                null, DeferredWorkPlanner.HorizonEnd.CLEAR);
        DeferredWorkPlanner.Plan carry = DeferredWorkPlanner.plan(intervals(open, arrivals, 600), 3600, Duration.ofHours(2),
                null, DeferredWorkPlanner.HorizonEnd.CARRY_OVER);
        assertThat(clear.requiredAgents()[2]).isCloseTo(1, within(1e-9));
        assertThat(carry.requiredAgents()[2]).isZero();
        assertThat(carry.carriedOverItems()).isCloseTo(6, within(1e-9));
    }

    @Test
    void plansAWeekFromBusinessHoursWithoutMissingAnyDeadline() {
        // Mon–Fri 08:00–18:00, 12-hour business-time goal, 30-minute intervals, a steady 10 emails each open half-hour
        // plus a Monday-morning burst of 200 that arrived over the weekend.
        BusinessHours hours = BusinessHours.of(LocalTime.of(8, 0), LocalTime.of(18, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        LocalDateTime monday = LocalDateTime.of(2026, 11, 23, 0, 0);
        int n = 7 * 48;
        double[] arrivals = new double[n];
        double[] aht = new double[n];
        for (int i = 0; i < n; i++) {
            aht[i] = 360;
            arrivals[i] = hours.isOpen(monday.plusMinutes(30L * i), 30) ? 10 : 0;
        }
        arrivals[16] += 200;
        DeferredWorkPlanner.Plan plan = DeferredWorkPlanner.plan(monday, 30, arrivals, aht, hours, Duration.ofHours(12),
                Shrinkage.ofTotalPercent(25), DeferredWorkPlanner.HorizonEnd.CLEAR);
        assertThat(plan.intervals()).hasSize(n);
        assertThat(plan.intervals().get(16).label()).isEqualTo("Mon 08:00");
        assertThat(plan.intervals().get(15).requiredAgents()).isZero();
        // 100 agent-hours of steady work plus the 20-hour burst, over 50 open hours: the level 2.4 agents all week
        // meets every deadline (the burst is worked first), so no interval needs more.
        for (DeferredWorkPlanner.IntervalPlan p : plan.intervals()) {
            assertThat(p.requiredAgents()).as(p.label()).isCloseTo(p.open() ? 2.4 : 0, within(1e-9));
        }
        assertThat(plan.carriedOverWorkSeconds()).isZero();
        assertThat(plan.intervals().get(16).scheduled().exact()).isCloseTo(2.4 / 0.75, within(1e-9));
        assertEveryGroupFinishesByItsDeadline(plan, arrivals, aht, 24);
    }

    /** Replays the plan first-in first-out and checks each arrival group is done by its goal-th open interval. */
    private static void assertEveryGroupFinishesByItsDeadline(DeferredWorkPlanner.Plan plan, double[] arrivals, double[] aht,
                                                              int goalIntervals) {
        int n = arrivals.length;
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (plan.intervals().get(i).open()) {
                open.add(i);
            }
        }
        double[] left = new double[n];
        int head = 0;
        for (int t = 0; t < n; t++) {
            left[t] = arrivals[t] * aht[t];
            double capacity = plan.intervals().get(t).requiredAgents() * 1800;
            while (head <= t && capacity > 1e-9) {
                double done = Math.min(capacity, left[head]);
                left[head] -= done;
                capacity -= done;
                if (left[head] <= 1e-6) {
                    head++;
                }
            }
            for (int i = 0; i <= t; i++) {
                if (arrivals[i] == 0) {
                    continue;
                }
                int firstOpen = 0;
                while (open.get(firstOpen) < i) {
                    firstOpen++;
                }
                int deadline = open.get(Math.min(open.size() - 1, firstOpen + goalIntervals - 1));
                if (deadline == t) {
                    assertThat(left[i]).as("work of interval %d at its deadline %d", i, t).isLessThan(1e-6);
                }
            }
        }
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> new DeferredWorkPlanner.Interval("Mon 09:00", true, -4, 300))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("arrivals at Mon 09:00: '-4' is negative");
        assertThatThrownBy(() -> DeferredWorkPlanner.plan(List.of(), 900, Duration.ZERO, null, DeferredWorkPlanner.HorizonEnd.CLEAR))
                .hasMessageContaining("response goal");
    }
}
