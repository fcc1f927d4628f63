package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TurnoverTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 1, 1);

    @Test
    void tenExitsFromAStableHundredIsTenPercent() {
        List<Turnover.Employment> staff = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            staff.add(new Turnover.Employment(LocalDate.of(2020, 1, 1), null, false));
        }
        // ten leave on 31 December and are replaced the same day: headcount stays 100 at every month start
        for (int i = 0; i < 10; i++) {
            staff.set(i, new Turnover.Employment(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), i < 7));
            staff.add(new Turnover.Employment(LocalDate.of(2025, 12, 31), null, false));
        }
        Turnover turnover = Turnover.of(staff, FROM, TO);
        assertThat(turnover.exits()).isEqualTo(10);
        assertThat(turnover.voluntaryExits()).isEqualTo(7);
        assertThat(turnover.averageHeadcount()).isEqualTo(100.0);
        assertThat(turnover.annualisedRatePercent()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void exitsOutsideTheWindowDoNotCount() {
        var left2024 = new Turnover.Employment(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 1), true);
        var stays = new Turnover.Employment(LocalDate.of(2020, 1, 1), null, false);
        Turnover turnover = Turnover.of(List.of(left2024, stays), FROM, TO);
        assertThat(turnover.exits()).isZero();
        assertThat(turnover.averageHeadcount()).isEqualTo(1.0);
    }

    @Test
    void anEmptyWindowIsRefused() {
        assertThatThrownBy(() -> Turnover.of(List.of(), TO, FROM)).hasMessageContaining("must end after it starts");
    }
}
