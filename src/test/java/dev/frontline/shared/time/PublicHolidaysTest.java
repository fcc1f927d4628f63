package dev.frontline.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void knowsTheHolidaysOfTheDemoCountries() {
        assertThat(PublicHolidays.between("TR", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .contains(LocalDate.of(2026, 10, 29), LocalDate.of(2026, 4, 23));
        assertThat(PublicHolidays.between("pl", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .contains(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 5, 3));
        assertThat(PublicHolidays.between("GB", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .contains(LocalDate.of(2026, 12, 25));
    }

    @Test
    void anUnknownCountryIsNamed() {
        assertThatThrownBy(() -> PublicHolidays.between("QQ", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .hasMessageContaining("'QQ'");
    }
}
