package dev.frontline.roster.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Names Frontline gives roster versions are stored with ISO dates and read in the reader's language and dates. */
class RosterNamesTest {

    private static final Locale TR = Locale.forLanguageTag("tr-TR");
    private static final Locale PL = Locale.forLanguageTag("pl-PL");

    @Test
    void aPeriodNameReadsInTheReadersDateFormat() {
        String stored = RosterNames.period(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 20));
        assertThat(stored).isEqualTo("Roster 2026-12-07 .. 2026-12-20");
        assertThat(RosterNames.display(stored, Locale.UK)).isEqualTo("Roster 7 Dec 2026 – 20 Dec 2026");
        assertThat(RosterNames.display(stored, TR)).isEqualTo("Vardiya planı 7 Ara 2026 – 20 Ara 2026");
        assertThat(RosterNames.display(stored, PL)).isEqualTo("Grafik 7 gru 2026 – 20 gru 2026");
        // the demo's older "Weeks" names read the same way
        assertThat(RosterNames.display("Weeks 2026-12-07 .. 2026-12-20", PL)).isEqualTo("Grafik 7 gru 2026 – 20 gru 2026");
    }

    @Test
    void repairNamesReadInTheReadersLanguage() {
        assertThat(RosterNames.display(RosterNames.repair(12), PL)).isEqualTo("Naprawa nr 12");
        String afterTimeOff = RosterNames.repairAfterTimeOff(12, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9),
                "Ayşe Yılmaz");
        assertThat(RosterNames.display(afterTimeOff, TR))
                .isEqualTo("#12 onarımı: Ayşe Yılmaz için 8 Ara 2026 – 9 Ara 2026 izni");
    }

    @Test
    void aNameAPlannerTypedReadsAsTyped() {
        assertThat(RosterNames.display("Christmas cover", PL)).isEqualTo("Christmas cover");
        assertThat(RosterNames.display("Roster 2026-02-30 .. 2026-03-01", PL)).isEqualTo("Roster 2026-02-30 .. 2026-03-01");
    }
}
