package dev.frontline.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Plural forms and locale formats of the UI texts, through the same formatter the UI and the CLI use. */
class MessagesTest {

    private static final Locale PL = Locale.forLanguageTag("pl-PL");
    private static final Locale TR = Locale.forLanguageTag("tr-TR");

    @Test
    void polishHasOneFewAndManyForms() {
        assertThat(Messages.format(PL, "forecast.run.weeks", 1)).isEqualTo("1 tydzień");
        assertThat(Messages.format(PL, "forecast.run.weeks", 2)).isEqualTo("2 tygodnie");
        assertThat(Messages.format(PL, "forecast.run.weeks", 3)).isEqualTo("3 tygodnie");
        assertThat(Messages.format(PL, "forecast.run.weeks", 4)).isEqualTo("4 tygodnie");
        assertThat(Messages.format(PL, "forecast.run.weeks", 5)).isEqualTo("5 tygodni");
        assertThat(Messages.format(PL, "forecast.run.weeks", 12)).isEqualTo("12 tygodni");
        assertThat(Messages.format(PL, "forecast.run.weeks", 22)).isEqualTo("22 tygodnie");
        assertThat(Messages.format(PL, "forecast.run.weeks", 25)).isEqualTo("25 tygodni");
    }

    @Test
    void polishZeroOneFewManyInASentence() {
        assertThat(Messages.format(PL, "roster.status.rules", 0)).isEqualTo("Żadna reguła nie jest naruszona");
        assertThat(Messages.format(PL, "roster.status.rules", 1)).isEqualTo("1 reguła naruszona");
        assertThat(Messages.format(PL, "roster.status.rules", 3)).isEqualTo("3 reguły naruszone");
        assertThat(Messages.format(PL, "roster.status.rules", 5)).isEqualTo("5 reguł naruszonych");
        assertThat(Messages.format(PL, "roster.status.rules", 22)).isEqualTo("22 reguły naruszone");
        assertThat(Messages.format(PL, "roster.status.rules", 25)).isEqualTo("25 reguł naruszonych");
        assertThat(Messages.format(PL, "audit.count", 1)).isEqualTo("1 zmiana");
        assertThat(Messages.format(PL, "audit.count", 24)).isEqualTo("24 zmiany");
        assertThat(Messages.format(PL, "audit.count", 111)).isEqualTo("111 zmian");
    }

    @Test
    void turkishKeepsTheNounSingularAfterANumber() {
        assertThat(Messages.format(TR, "forecast.run.weeks", 1)).isEqualTo("1 hafta");
        assertThat(Messages.format(TR, "forecast.run.weeks", 5)).isEqualTo("5 hafta");
        assertThat(Messages.format(TR, "roster.status.rules", 0)).isEqualTo("İhlal edilen kural yok");
        assertThat(Messages.format(TR, "roster.status.rules", 2)).isEqualTo("2 kural ihlal edildi");
        assertThat(Messages.format(TR, "audit.count", 22)).isEqualTo("22 değişiklik");
    }

    @Test
    void aDateReadsAsTheLocalesDateWithoutATime() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 14);
        // the planner's inbox passes dates straight to a text, as Vaadin's getTranslation does
        assertThat(Messages.format(Locale.UK, "selfservice.swaps.inbox.takeover", "Ahmet", day, "Deniz"))
                .isEqualTo("Swap: Ahmet gives the shift on 14 Dec 2026 to Deniz");
        assertThat(Messages.format(TR, "selfservice.swaps.inbox.takeover", "Ahmet", day, "Deniz"))
                .contains("14 Ara 2026").doesNotContain("00:00");
        assertThat(Messages.readable(java.time.DayOfWeek.MONDAY, PL)).isEqualTo("poniedziałek");
    }

    @Test
    void englishHasOneAndOther() {
        assertThat(Messages.english("forecast.run.weeks", 1)).isEqualTo("1 week");
        assertThat(Messages.english("forecast.run.weeks", 2)).isEqualTo("2 weeks");
        assertThat(Messages.english("roster.status.rules", 0)).isEqualTo("No rule broken");
        assertThat(Messages.format(Locale.UK, "audit.count", 1_250)).isEqualTo("1,250 changes");
    }

    @Test
    void numbersFollowTheLocale() {
        assertThat(Messages.format(TR, "audit.count", 1_250)).isEqualTo("1.250 değişiklik");
        assertThat(Messages.format(PL, "roster.interval.allocation.part", 2.5, "X")).isEqualTo("2,5 w kolejce X");
    }

    @Test
    void anApostropheReadsOnceWithAndWithoutArguments() {
        assertThat(Messages.english("roster.weights.help")).startsWith("Each soft rule's weight");
        assertThat(Messages.english("forecast.adjust.zone", "Europe/Istanbul"))
                .isEqualTo("Times in Europe/Istanbul, the queue's zone");
        assertThat(Messages.format(TR, "erlang.error.positive")).isEqualTo("0'dan büyük olmalı");
    }

    @Test
    void anUnknownLanguageReadsEnglishAndAnUnknownKeyIsMarked() {
        assertThat(Messages.format(Locale.GERMANY, "forecast.run.weeks", 2)).isEqualTo("2 weeks");
        assertThat(Messages.format(TR, "no.such.key")).isEqualTo("!tr: no.such.key");
    }
}
