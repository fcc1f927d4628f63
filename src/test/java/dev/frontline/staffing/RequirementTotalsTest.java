package dev.frontline.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class RequirementTotalsTest {

    private static RequirementRow row(int required, double scheduled, double offered) {
        return new RequirementRow(OffsetDateTime.parse("2026-12-07T10:00:00Z"), offered, 300.0, required, 30, scheduled,
                null, null, null, null, "test");
    }

    @Test
    void fteIsScheduledHoursOverTheFteHoursOfThePeriod() {
        // 4 quarter-hours of 10 scheduled heads = 10 agent-hours; one day of a 37.5 h week is 37.5 / 7 hours
        RequirementTotals day = RequirementTotals.of(List.of(row(7, 10, 20), row(7, 10, 20), row(6, 10, 15), row(7, 10, 25)), 15, 1);
        assertThat(day.peakRequired()).isEqualTo(7);
        assertThat(day.scheduledHours()).isEqualTo(10.0);
        assertThat(day.fte()).isCloseTo(10 / (37.5 / 7), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(day.offered()).isEqualTo(80.0);
        // the same hours over a week are 10 / 37.5 FTE
        assertThat(RequirementTotals.of(List.of(row(7, 40, 0)), 15, 7).fte()).isCloseTo(10 / 37.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(RequirementTotals.of(List.of(), 15, 1)).isEqualTo(new RequirementTotals(0, 0, 0, 0));
        assertThatThrownBy(() -> RequirementTotals.of(List.of(), 0, 1)).hasMessageContaining("greater than zero");
    }
}
