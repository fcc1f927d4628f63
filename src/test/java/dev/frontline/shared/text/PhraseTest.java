package dev.frontline.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Engine sentences as data: rendered in each language with its plurals, dates and numbers, and stored losslessly. */
class PhraseTest {

    private static final Locale TR = Locale.forLanguageTag("tr-TR");
    private static final Locale PL = Locale.forLanguageTag("pl-PL");

    @Test
    void polishPluralsTakeOneFewAndManyForms() {
        assertThat(Phrase.of("forecast.note.dropped-days", 1).render(PL)).startsWith("1 dzień,");
        assertThat(Phrase.of("forecast.note.dropped-days", 2).render(PL)).startsWith("2 dni,");
        assertThat(Phrase.of("forecast.note.dropped-days", 4).render(PL)).startsWith("4 dni,");
        assertThat(Phrase.of("forecast.note.repaired", 5).render(PL)).startsWith("5 brakujących interwałów");
        assertThat(Phrase.of("forecast.note.repaired", 22).render(PL)).startsWith("22 brakujące interwały");
        assertThat(Phrase.of("forecast.note.repaired", 25).render(PL)).startsWith("25 brakujących interwałów");
        assertThat(Phrase.of("forecast.note.repaired", 1).render(PL)).startsWith("1 brakujący interwał");
    }

    @Test
    void turkishAndEnglishPluralsAndNumbers() {
        assertThat(Phrase.of("forecast.note.repaired", 1).english()).startsWith("1 missing interval repaired");
        assertThat(Phrase.of("forecast.note.repaired", 3).english()).startsWith("3 missing intervals repaired");
        assertThat(Phrase.of("forecast.note.repaired", 3).render(TR)).startsWith("3 eksik aralık");
        assertThat(Phrase.of("forecast.score.detail", 3.456, -1.2, 96, 2).render(TR))
                .isEqualTo("günlük WAPE %3,46, sapma %-1,20, 2 günde 96 aralık");
        assertThat(Phrase.of("forecast.score.detail", 3.456, 1.2, 1, 1).english())
                .isEqualTo("daily WAPE 3.46 %, bias +1.20 %, 1 interval on 1 day");
    }

    @Test
    void datesWeekdaysListsAndNestedPhrasesFollowTheLanguage() {
        Phrase gap = Phrase.of("forecast.note.gap", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), 19);
        assertThat(gap.render(PL)).contains("2 mar 2026").contains("19 dni");
        assertThat(gap.render(TR)).contains("2 Mar 2026");
        assertThat(Phrase.of("forecast.note.open-weekdays", List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)).render(TR))
                .isEqualTo("düzenli açık hafta günleri: Pazartesi ve Salı");
        Phrase nested = Phrase.of("forecast.explain.note", Phrase.of("forecast.note.no-backtest"));
        assertThat(nested.render(PL)).startsWith("Uwaga: za mało historii");
        assertThat(nested.english()).startsWith("Note: too little history");
    }

    @Test
    void storedPhrasesComeBackWithTheirTypes() {
        Phrase phrase = Phrase.of("forecast.explain.trained", 40, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1));
        Phrase nested = Phrase.of("forecast.explain.note", Phrase.of("forecast.note.open-weekdays",
                List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        Phrase decimal = Phrase.of("forecast.score.detail", 2.5, -0.25, 10, 1);
        List<Phrase> back = PhraseJson.decodeList(PhraseJson.encode(List.of(phrase, nested, decimal)));
        assertThat(back).extracting(p -> p.render(PL)).containsExactly(phrase.render(PL), nested.render(PL), decimal.render(PL));
        assertThat(PhraseJson.decode(PhraseJson.encode(nested)).english()).isEqualTo(nested.english());
    }

    @Test
    void everyLanguageHasTheSentence() {
        for (Locale locale : Messages.LANGUAGES) {
            assertThat(Phrase.of("forecast.note.special-days").render(locale)).doesNotStartWith("!");
        }
    }
}
