package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.frontline.attrition.engine.ExitReasons;
import dev.frontline.db.enums.ExitKind;

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
    void theAttritionAnalysesCountAnExitWithoutAReasonUnderTheNameThatReadsAsNoReasonGiven() {
        assertThat(ExitReasonNames.NO_REASON).isEqualTo(ExitReasons.NO_REASON);
    }

    @Test
    void theFormOffersTheCategoriesOfTheExitsKindEachOfThemNamedInEveryLanguage() {
        assertThat(ExitReasonNames.categories(ExitKind.VOLUNTARY)).contains("BETTER_PAY").doesNotContain("CONDUCT");
        assertThat(ExitReasonNames.categories(ExitKind.INVOLUNTARY)).contains("CONDUCT").doesNotContain("STUDY");
        assertThat(ExitReasonNames.categories(null)).hasSize(
                ExitReasonNames.VOLUNTARY.size() + ExitReasonNames.INVOLUNTARY.size());
        for (String code : ExitReasonNames.categories(null)) {
            for (String language : List.of("en-GB", "tr-TR", "pl-PL")) {
                assertThat(ExitReasonNames.display(code, Locale.forLanguageTag(language))).as(code + " " + language)
                        .isNotEqualTo(code).doesNotStartWith("!");
            }
            assertThat(ExitReasonNames.phrase(code)).as(code).isPresent();
        }
        assertThat(ExitReasonNames.phrase("Moved to Kraków")).isEmpty();
    }

    @Test
    void typedReasonsAndUnknownCodesReadAsStored() {
        assertThat(ExitReasonNames.display("Moved to Kraków", Locale.forLanguageTag("tr-TR"))).isEqualTo("Moved to Kraków");
        assertThat(ExitReasonNames.display("SABBATICAL", Locale.forLanguageTag("tr-TR"))).isEqualTo("SABBATICAL");
    }
}
