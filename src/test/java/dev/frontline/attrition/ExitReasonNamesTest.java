package dev.frontline.attrition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.frontline.attrition.engine.ExitReasons;

/** Exit reasons that are categories read in the reader's language; reasons HR typed read as typed. */
class ExitReasonNamesTest {

    @Test
    void aCategoryCodeReadsInTheReadersLanguage() {
        assertThat(ExitReasonNames.display("BETTER_PAY", Locale.UK)).isEqualTo("Better pay elsewhere");
        assertThat(ExitReasonNames.display("BETTER_PAY", Locale.forLanguageTag("tr-TR")))
                .isEqualTo("Başka yerde daha iyi ücret");
        assertThat(ExitReasonNames.display("FIXED_TERM_END", Locale.forLanguageTag("pl-PL")))
                .isEqualTo("Koniec umowy na czas określony");
        assertThat(ExitReasonNames.display(ExitReasons.NO_REASON, Locale.forLanguageTag("pl-PL")))
                .isEqualTo("(nie podano powodu)");
    }

    @Test
    void typedReasonsAndUnknownCodesReadAsStored() {
        assertThat(ExitReasonNames.display("Moved to Kraków", Locale.forLanguageTag("tr-TR"))).isEqualTo("Moved to Kraków");
        assertThat(ExitReasonNames.display("SABBATICAL", Locale.forLanguageTag("tr-TR"))).isEqualTo("SABBATICAL");
    }
}
