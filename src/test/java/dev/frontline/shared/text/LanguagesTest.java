package dev.frontline.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theFirstBrowserLanguageFrontlineSpeaksWinsWithItsCountry() {
        assertThat(Languages.fromBrowser(List.of(Locale.GERMANY, Locale.forLanguageTag("pl-PL"), Locale.UK)))
                .isEqualTo(Locale.forLanguageTag("pl-PL"));
        assertThat(Languages.fromBrowser(List.of(Locale.forLanguageTag("tr")))).isEqualTo(Locale.forLanguageTag("tr-TR"));
        assertThat(Languages.fromBrowser(List.of(Locale.US))).isEqualTo(Locale.US);
        assertThat(Languages.fromBrowser(List.of(Locale.GERMANY))).isEqualTo(Locale.UK);
        assertThat(Languages.fromBrowser(List.of())).isEqualTo(Locale.UK);
    }

    @Test
    void aChosenLanguageTakesTheBrowsersCountryWhenItHasOne() {
        assertThat(Languages.locale("en", List.of(Locale.forLanguageTag("pl-PL"), Locale.US))).isEqualTo(Locale.US);
        assertThat(Languages.locale("pl", List.of(Locale.US))).isEqualTo(Locale.forLanguageTag("pl-PL"));
    }

    @Test
    void onlyTheThreeLanguagesAreSupportedAndEachIsListedInItsOwnName() {
        assertThat(Languages.supported("tr")).contains("tr");
        assertThat(Languages.supported("de")).isEmpty();
        assertThat(Languages.supported(null)).isEmpty();
        assertThat(Messages.LANGUAGES).extracting(Languages::ownName).containsExactly("English", "Türkçe", "Polski");
    }
}
