package dev.frontline.staffing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.forecast.ForecastVersionSummary;

/** The Requirements page never silently moves to a forecast version that lost the planner's adjustments. */
class DefaultForecastVersionTest {

    private static ForecastVersionSummary version(long id, int adjustments) {
        LocalDate start = LocalDate.of(2026, 3, 2);
        return new ForecastVersionSummary(id, 1, "Q", OffsetDateTime.parse("2026-03-01T10:00:00Z").plusMinutes(id), "planner",
                30, start, start.plusWeeks(1), Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"),
                100, "weekday-mean-4", adjustments);
    }

    @Test
    void theNewestIsChosenWhenItKeepsTheAdjustments() {
        assertThat(ComputeControls.defaultVersion(List.of(version(9, 3), version(8, 3), version(7, 1))).id()).isEqualTo(9);
        assertThat(ComputeControls.defaultVersion(List.of(version(9, 0), version(8, 0))).id()).isEqualTo(9);
    }

    @Test
    void aNewerVersionWithFewerAdjustmentsIsNotChosen() {
        assertThat(ComputeControls.defaultVersion(List.of(version(9, 0), version(8, 3), version(7, 3))).id()).isEqualTo(8);
    }
}
