package dev.frontline.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

class FormatsTest {

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    private static void locale(String tag) {
        UI ui = new UI();
        ui.setLocale(Locale.forLanguageTag(tag));
        UI.setCurrent(ui);
    }

    @Test
    void aChangeThatRoundsToZeroHasNoSign() {
        locale("en-GB");
        assertThat(Formats.percent(-0.04, 1)).isEqualTo("0.0 %");
        assertThat(Formats.percent(-0.06, 1)).isEqualTo("-0.1 %");
        assertThat(Formats.decimal(-0.0, 0)).isEqualTo("0");
    }

    @Test
    void percentagesAndNumbersFollowTheLanguage() {
        locale("tr-TR");
        assertThat(Formats.percent(12.5, 1)).isEqualTo("%12,5");
        assertThat(Formats.percent(-3.26, 1)).isEqualTo("-%3,3");
        assertThat(Formats.integer(12_345)).isEqualTo("12.345");
        locale("pl-PL");
        assertThat(Formats.percent(12.5, 1)).isEqualTo("12,5 %");
        assertThat(Formats.integer(12_345)).isEqualTo("12\u00a0345");
    }

    @Test
    void datesFollowTheLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        locale("en-GB");
        assertThat(Formats.date(day)).isEqualTo("7 Dec 2026");
        locale("tr-TR");
        assertThat(Formats.date(day)).isEqualTo("7 Ara 2026");
        locale("pl-PL");
        assertThat(Formats.date(day)).isEqualTo("7 gru 2026");
    }
}
