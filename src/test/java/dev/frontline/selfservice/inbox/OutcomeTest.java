package dev.frontline.selfservice.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.frontline.shared.text.Phrase;

/** Why a request of a bulk decision was not decided, in each reader's language. */
class OutcomeTest {

    @Test
    void aRequestDecidedMeanwhileIsToldInEachLanguage() {
        Outcome outcome = new Outcome("TIME_OFF-42", Decision.APPROVE,
                Phrase.of("selfservice.inbox.outcome.timeoff-decided", 42L, "REJECTED", "planner"));
        assertThat(outcome.done()).isFalse();
        assertThat(outcome.error(Locale.UK)).isEqualTo("Time off request 42 was already declined (by planner).");
        assertThat(outcome.error(Locale.forLanguageTag("tr-TR")))
                .isEqualTo("42 numaralı izin talebi zaten reddedildi (planner tarafından).");
        assertThat(outcome.error(Locale.forLanguageTag("pl-PL")))
                .isEqualTo("Wniosek o nieobecność 42 został już odrzucony (przez: planner).");
    }

    @Test
    void aSwapRefusedOnTheSecondCheckSaysTheRulesOwnSentence() {
        Outcome outcome = new Outcome("SWAP-7", Decision.APPROVE, Phrase.of("selfservice.inbox.outcome.swap-refused", 7L,
                Phrase.of("selfservice.inbox.outcome.timeoff-missing", 3L)));
        assertThat(outcome.error(Locale.forLanguageTag("pl-PL"))).isEqualTo(
                "Zamiana zmian 7 została odrzucona przy ponownym sprawdzeniu: Wniosek o nieobecność 3 już nie istnieje.");
        assertThat(new Outcome("SWAP-8", Decision.DENY, null).error(Locale.UK)).isNull();
    }
}
