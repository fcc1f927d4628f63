package dev.frontline.workforce.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.shared.text.PhraseJson;
import dev.frontline.workforce.masterdata.SiteDraft.LocalHoliday;

/**
 * The rules of sites, queues and teams live on their records: checked here with a plain validator, without the
 * database, the form or the service, and worded as every channel shows them.
 */
class SiteQueueTeamRulesTest {

    private static ValidatorFactory factory;
    private static DraftRules rules;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        rules = new DraftRules(factory);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static SiteDraft site(String zone, LocalTime opens, LocalTime closes, List<LocalHoliday> holidays) {
        return new SiteDraft("LIS", "Lisbon", "PT", zone, 30, opens, closes, holidays);
    }

    private static QueueDraft queue(ChannelType channel, Double slPercent, Integer slSeconds, Double responseHours,
            Integer concurrency) {
        return new QueueDraft("CLAIMS_PT_" + channel.getLiteral().toUpperCase(), "Claims", channel, "pt", "", "Europe/Lisbon",
                "PT", slPercent, slSeconds, responseHours, concurrency, 5);
    }

    @Test
    void aValidSiteQueueAndTeamBreakNoRule() {
        assertThat(rules.check(site("Europe/Lisbon", LocalTime.of(8, 0), LocalTime.of(20, 0),
                List.of(new LocalHoliday(LocalDate.of(2026, 6, 13), "Santo António"))))).isEmpty();
        assertThat(rules.check(queue(ChannelType.CHAT, 80.0, 30, null, 3))).isEmpty();
        assertThat(rules.check(queue(ChannelType.EMAIL, null, null, 24.0, null))).isEmpty();
        assertThat(rules.check(new TeamDraft("LIS-1", "Lisbon 1", "LIS", null, 3))).isEmpty();
    }

    @Test
    void aSiteClosingBeforeItOpensIsMarkedOnTheClosingTime() {
        assertThat(rules.check(site("Europe/Lisbon", LocalTime.of(9, 0), LocalTime.of(8, 0), List.of())))
                .extracting(RuleViolation::property, RuleViolation::english)
                .containsExactly(tuple("closesAt", "The site must open before it closes."));
    }

    @Test
    void aBrokenRuleReadsInEveryLanguageOfTheUiSoAStoredImportErrorCanBeReadLater() {
        RuleViolation closing = rules.check(site("Europe/Lisbon", LocalTime.of(9, 0), LocalTime.of(8, 0), List.of()))
                .getFirst();
        assertThat(closing.in(Locale.forLanguageTag("tr-TR")))
                .isEqualTo("Lokasyonun açılış saati kapanış saatinden önce olmalı.");
        assertThat(closing.in(Locale.forLanguageTag("pl-PL"))).isEqualTo("Lokalizacja musi być otwierana przed zamknięciem.");
        assertThat(closing.in(Locale.UK)).isEqualTo(closing.english()).isEqualTo("The site must open before it closes.");
        assertThat(PhraseJson.decode(PhraseJson.encode(closing.reason())).render(Locale.forLanguageTag("pl")))
                .as("as an import stores it").isEqualTo("Lokalizacja musi być otwierana przed zamknięciem.");
    }

    @Test
    void twoLocalHolidaysOnOneDateNameTheDate() {
        LocalDate june13 = LocalDate.of(2026, 6, 13);
        assertThat(rules.check(site("Europe/Lisbon", LocalTime.of(8, 0), LocalTime.of(20, 0),
                List.of(new LocalHoliday(june13, "Santo António"), new LocalHoliday(june13, "Again")))))
                .extracting(RuleViolation::property, RuleViolation::english)
                .containsExactly(tuple("localHolidays", "There are two local holidays on 2026-06-13."));
    }

    @Test
    void aRefusedSiteNamesTheValueAndItsRule() {
        assertThatThrownBy(() -> rules.require(site("UTC+3", LocalTime.of(8, 0), LocalTime.of(20, 0), List.of())))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> {
                    assertThat(e.key()).isEqualTo("site.error.time-zone");
                    assertThat(e.getMessage())
                            .isEqualTo("The time zone \"UTC+3\" is not a region time zone such as Europe/Istanbul.");
                });
    }

    @Test
    void theGoalAQueueNeedsFollowsItsChannel() {
        assertThat(rules.check(queue(ChannelType.EMAIL, null, null, null, null)))
                .extracting(RuleViolation::property, RuleViolation::english)
                .containsExactly(tuple("responseGoalHours", "Email, messaging and back office need a response goal in hours (above 0)."));
        assertThat(rules.check(queue(ChannelType.VOICE, 120.0, 0, null, null)))
                .extracting(RuleViolation::property).containsExactly("slTargetPercent", "slThresholdSeconds");
        assertThat(rules.check(queue(ChannelType.CHAT, 80.0, 30, null, 11)))
                .extracting(RuleViolation::property, RuleViolation::english)
                .containsExactly(tuple("chatConcurrency", "Chat needs the number of chats an agent handles at once, 1 to 10."));
    }

    @Test
    void aTeamNeedsASiteAndAnOfficeDayOfTheWeek() {
        assertThat(rules.check(new TeamDraft("LIS-1", "Lisbon 1", " ", null, 8)))
                .extracting(RuleViolation::property).containsExactly("siteCode", "officeWeekday");
    }
}
