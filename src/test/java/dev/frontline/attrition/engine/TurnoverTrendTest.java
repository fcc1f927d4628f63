package dev.frontline.attrition.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TurnoverTrendTest {

    @Test
    void aMonthsTurnoverIsItsExitsOverTheAverageHeadcountTimesTwelve() {
        List<Employment> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(new Employment("A" + i, LocalDate.of(2024, 1, 1), null, true, null, Map.of()));
        }
        people.add(new Employment("L1", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 10), true, "Study", Map.of()));
        people.add(new Employment("L2", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 20), false, "Conduct", Map.of()));

        var march = TurnoverTrend.monthly(people, YearMonth.of(2025, 3), YearMonth.of(2025, 3)).getFirst();

        assertThat(march.headcountStart()).isEqualTo(22);
        assertThat(march.headcountEnd()).isEqualTo(20);
        assertThat(march.exits()).isEqualTo(2);
        assertThat(march.voluntaryExits()).isEqualTo(1);
        assertThat(march.annualisedPercent()).isCloseTo(100.0 * 2 / 21 * 12, within(1e-9));
        assertThat(march.rolling12Percent()).isNull();
    }

    @Test
    void earlyAttritionCountsOnlyHiresWhoseNinetyDaysAreOver() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        List<Employment> people = List.of(
                new Employment("E1", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), true, "Study", Map.of()),
                new Employment("E2", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 9, 1), true, "Study", Map.of()),
                new Employment("E3", LocalDate.of(2025, 8, 1), null, true, null, Map.of()),
                new Employment("E4", LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 20), true, "Study", Map.of()),
                new Employment("OLD", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 2, 1), true, "Study", Map.of()));

        EarlyAttrition.Result result = EarlyAttrition.of(people, new FollowUp(from, asOf));

        assertThat(result.overall().hires()).isEqualTo(3);
        assertThat(result.overall().earlyLeavers()).isEqualTo(1);
        assertThat(result.byCohort()).extracting(EarlyAttrition.Cohort::cohort).containsExactly("2025 H1", "2025 H2");
    }

    @Test
    void exitsAreCountedPerQuarterAndReason() {
        List<Employment> people = List.of(
                new Employment("A", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 5), true, "Study", Map.of()),
                new Employment("B", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 2, 5), true, "Study", Map.of()),
                new Employment("C", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 4, 5), false, null, Map.of()));

        var counts = ExitReasons.byQuarter(people, YearMonth.of(2025, 1), YearMonth.of(2025, 12));

        assertThat(counts).containsExactly(new ExitReasons.Count("2025 Q1", "Study", true, 2),
                new ExitReasons.Count("2025 Q2", ExitReasons.NO_REASON, false, 1));
    }
}
