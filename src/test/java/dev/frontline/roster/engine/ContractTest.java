package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractTest {

    /** Night 22:00 to 06:00, wrapping midnight. */
    private static final Contract NIGHTS = Contract.unrestricted("c").withNightRules(22 * 60, 6 * 60, 3);

    private static ShiftType shift(int startHour, int startMinute, int lengthMinutes) {
        return new ShiftType("s", startHour * 60 + startMinute, lengthMinutes);
    }

    @Test
    void aShiftEndingExactlyWhenTheNightStartsIsNotANightShift() {
        assertThat(NIGHTS.isNightShift(shift(14, 0, 8 * 60))).isFalse();
        assertThat(NIGHTS.isNightShift(shift(14, 0, 8 * 60 + 1))).isTrue();
    }

    @Test
    void aShiftStartingExactlyWhenTheNightEndsIsNotANightShift() {
        assertThat(NIGHTS.isNightShift(shift(6, 0, 8 * 60))).isFalse();
        assertThat(NIGHTS.isNightShift(shift(5, 59, 8 * 60))).isTrue();
    }

    @Test
    void overnightAndEarlyMorningShiftsAreNightShifts() {
        assertThat(NIGHTS.isNightShift(shift(20, 0, 10 * 60))).as("20:00-06:00 next day").isTrue();
        assertThat(NIGHTS.isNightShift(shift(23, 0, 8 * 60))).as("23:00-07:00 next day").isTrue();
        assertThat(NIGHTS.isNightShift(shift(0, 0, 4 * 60))).as("00:00-04:00, the tail of the previous night").isTrue();
        // a long shift from 07:00 running past the next night's start (up to 48 h of minute-of-day)
        assertThat(NIGHTS.isNightShift(shift(7, 0, 16 * 60))).as("07:00-23:00").isTrue();
        assertThat(NIGHTS.isNightShift(shift(7, 0, 15 * 60))).as("07:00-22:00").isFalse();
    }

    @Test
    void aWindowThatDoesNotWrapMidnight() {
        Contract earlyMorning = Contract.unrestricted("c").withNightRules(0, 5 * 60, Contract.UNLIMITED);
        assertThat(earlyMorning.isNightShift(shift(22, 0, 2 * 60))).as("22:00-24:00").isFalse();
        assertThat(earlyMorning.isNightShift(shift(22, 0, 2 * 60 + 15))).as("22:00-00:15 next day").isTrue();
        assertThat(earlyMorning.isNightShift(shift(5, 0, 8 * 60))).isFalse();
        assertThat(earlyMorning.isNightShift(shift(4, 45, 8 * 60))).isTrue();
    }

    @Test
    void unrestrictedContractsHaveNoNightWindowAndNoLimit() {
        Contract none = Contract.unrestricted("c");
        assertThat(none.hasNightWindow()).isFalse();
        assertThat(none.isNightShift(shift(22, 0, 8 * 60))).isFalse();
        assertThat(none.maxNightShiftsPerWeek()).isEqualTo(Contract.UNLIMITED);
        assertThat(NIGHTS.isNightShift(null)).isFalse();
    }

    @Test
    void aNightWindowOutsideTheDayIsRejected() {
        assertThatThrownBy(() -> Contract.unrestricted("c").withNightRules(24 * 60, 6 * 60, 7))
                .hasMessageContaining("contract 'c'").hasMessageContaining("night window");
    }
}
