package dev.frontline.roster.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WeekCostTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

    @Test
    void aWeekSurvivesTheJobRowWithItsReason() {
        WeekCost measured = new WeekCost(MONDAY, true, 3, 8, 4000, 52.5, 70.25, null);
        WeekCost unmeasured = WeekCost.unplanned(MONDAY.plusWeeks(1), 3, "no requirements for queue A; queue B");
        assertThat(WeekCost.fromPoint(measured.toPoint())).isEqualTo(measured);
        assertThat(WeekCost.fromPoint(unmeasured.toPoint())).isEqualTo(unmeasured);
    }

    @Test
    void theExtraCostIsWhatTheCourseAddsInHoursAndPoints() {
        WeekCost w = new WeekCost(MONDAY, true, 3, 8, 4000, 52.5, 70.5, null);
        assertThat(w.extraUnmetHours()).isEqualTo(18.0);
        assertThat(w.extraPoints()).isEqualTo(0.45);
    }

    @Test
    void theCheapestIsTheMeasuredWeekThatAddsLeastTheEarlierOfEquals() {
        WeekCost dear = new WeekCost(MONDAY, true, 3, 8, 4000, 10, 40, null);
        WeekCost cheap = new WeekCost(MONDAY.plusWeeks(1), true, 3, 8, 4000, 30, 35, null);
        WeekCost asCheapLater = new WeekCost(MONDAY.plusWeeks(2), true, 3, 8, 4000, 0, 5, null);
        WeekCost unmeasured = WeekCost.unplanned(MONDAY.plusWeeks(3), 3, "no requirements");
        CheapestWeekResult result = new CheapestWeekResult("CHAT-201", "Chat", 8,
                List.of(dear, cheap, asCheapLater, unmeasured));
        assertThat(result.cheapest()).contains(cheap);
        assertThat(result.explanation().english()).contains("Cheapest: the week of", "Chat for 8 agents",
                "first 3 working days", "at least 5 more required agent-hours unmet");
        assertThat(new CheapestWeekResult("CHAT-201", "Chat", 8, List.of(unmeasured)).cheapest()).isEmpty();
    }
}
