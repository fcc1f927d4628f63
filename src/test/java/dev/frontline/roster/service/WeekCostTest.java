package dev.frontline.roster.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WeekCostTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

    @Test
    void aWeekSurvivesTheJobRowWithItsReason() {
        WeekCost measured = new WeekCost(MONDAY, true, 3, 8, 4000, 52.5, 70.25, 3, 21.5, null);
        WeekCost unmeasured = WeekCost.unplanned(MONDAY.plusWeeks(1), 3, "no requirements for queue A; queue B");
        assertThat(WeekCost.fromPoint(measured.toPoint())).isEqualTo(measured);
        assertThat(WeekCost.fromPoint(unmeasured.toPoint())).isEqualTo(unmeasured);
        // a point a search wrote before what-if solves reads as the floor alone
        assertThat(WeekCost.fromPoint("2026-12-14;true;3;8;4000.0;52.5;70.25;"))
                .isEqualTo(new WeekCost(MONDAY, true, 3, 8, 4000, 52.5, 70.25, 0, null, null));
    }

    @Test
    void theExtraCostIsWhatTheCourseAddsInHoursAndPoints() {
        WeekCost w = new WeekCost(MONDAY, true, 3, 8, 4000, 52.5, 70.5, 3, 20.0, null);
        assertThat(w.extraUnmetHours()).isEqualTo(18.0);
        assertThat(w.extraPoints()).isEqualTo(0.45);
    }

    @Test
    void theCheapestIsTheMeasuredWeekThatAddsLeastTheEarlierOfEquals() {
        WeekCost dear = new WeekCost(MONDAY, true, 3, 8, 4000, 10, 40, 3, 40.0, null);
        WeekCost cheap = new WeekCost(MONDAY.plusWeeks(1), true, 3, 8, 4000, 30, 35, 3, 6.0, null);
        WeekCost asCheapLater = new WeekCost(MONDAY.plusWeeks(2), true, 3, 8, 4000, 0, 5, 3, 6.0, null);
        // the cheapest floor, but the solve could not fit the third session into it: ranked last
        WeekCost doesNotFit = new WeekCost(MONDAY.plusWeeks(3), true, 3, 8, 4000, 0, 1, 2, 1.0, null);
        WeekCost unmeasured = WeekCost.unplanned(MONDAY.plusWeeks(4), 3, "no requirements");
        CheapestWeekResult result = new CheapestWeekResult("CHAT-201", "Chat", 8,
                List.of(dear, cheap, asCheapLater, doesNotFit, unmeasured));
        assertThat(result.cheapest()).contains(cheap);
        assertThat(result.explanation().english()).contains("Cheapest: the week of", "Chat for 8 agents",
                "3 sessions", "6 more required agent-hours unmet", "fewer than 5");
        assertThat(new CheapestWeekResult("CHAT-201", "Chat", 8, List.of(unmeasured)).cheapest()).isEmpty();
        // weeks measured before what-if solves rank by their floor
        WeekCost oldDear = new WeekCost(MONDAY, true, 3, 8, 4000, 10, 40, 0, null, null);
        WeekCost oldCheap = new WeekCost(MONDAY.plusWeeks(1), true, 3, 8, 4000, 30, 35, 0, null, null);
        assertThat(new CheapestWeekResult("CHAT-201", "Chat", 8, List.of(oldDear, oldCheap)).cheapest())
                .contains(oldCheap);
    }
}
