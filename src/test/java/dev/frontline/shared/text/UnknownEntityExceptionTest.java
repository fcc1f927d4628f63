package dev.frontline.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class UnknownEntityExceptionTest {

    @Test
    void itSaysWhatIsUnknownInEachLanguageAndItsMessageIsTheEnglishWithTheField() {
        UnknownEntityException swap = new UnknownEntityException("swapId", Phrase.of("rest.unknown.swap", "42"));
        assertThat(swap.field()).isEqualTo("swapId");
        assertThat(swap.getMessage()).isEqualTo("swapId: Shift swap 42 does not exist.");
        assertThat(swap.reason().render(Locale.forLanguageTag("tr"))).isEqualTo("42 numaralı vardiya takası yok.");
        assertThat(swap.reason().render(Locale.forLanguageTag("pl"))).isEqualTo("Zamiana zmian 42 nie istnieje.");
    }

    @Test
    void withoutAFieldTheMessageIsTheSentenceAlone() {
        UnknownEntityException none = new UnknownEntityException(null, Phrase.of("rest.unknown.no-current-bid-round"));
        assertThat(none.field()).isNull();
        assertThat(none.getMessage()).isEqualTo("You take part in no shift choice round.");
    }
}
