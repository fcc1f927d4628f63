package dev.frontline.workforce.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ExitKind;
import dev.frontline.shared.text.Messages;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhraseJson;
import dev.frontline.workforce.masterdata.AgentDraft.AvailabilityException;
import dev.frontline.workforce.masterdata.AgentDraft.SkillLevel;
import dev.frontline.workforce.masterdata.AgentDraft.WeeklySlot;

/**
 * The audit details of a master-data change are phrases: field names and values read in the reader's language, and
 * the phrase survives being stored.
 */
class ChangesTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");
    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private static final AgentDraft ACTIVE = new AgentDraft("IST-0042", "Ayşe", "Yılmaz", "ayse@demo.frontline.dev",
            LocalDate.of(2024, 3, 4), AgentStatus.ACTIVE, null, null, null, "FT40", "IST-1", "IST", true,
            List.of(new SkillLevel("BILLING_TR_VOICE", 0.8)), Set.of("tr"),
            List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))), List.of());

    @Test
    void everyFieldOfEveryMasterDataRecordIsNamedInEveryLanguage() {
        for (Class<?> type : List.of(AgentDraft.class, TeamDraft.class, SiteDraft.class, ContractDraft.class,
                QueueDraft.class, ShiftTemplateDraft.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                String key = Changes.FIELD + component.getName();
                for (Locale language : Messages.LANGUAGES) {
                    assertThat(Messages.pattern(key, language)).as(key + " in " + language).isPresent();
                }
            }
        }
    }

    @Test
    void aTeamsChangeNamesItsFieldsAndTheOfficeDayInTheReadersLanguage() {
        Phrase diff = Changes.diff(new TeamDraft("IST-9", "Audit team", "IST", null, null),
                new TeamDraft("IST-9", "Audit team renamed", "IST", null, 2)).orElseThrow();

        assertThat(diff.english()).isEqualTo("Name: Audit team → Audit team renamed; Office day: – → Tuesday");
        assertThat(diff.render(TURKISH)).isEqualTo("Ad: Audit team → Audit team renamed; Ofis günü: – → Salı");
        assertThat(diff.render(POLISH)).isEqualTo("Nazwa: Audit team → Audit team renamed; Dzień w biurze: – → wtorek");
    }

    @Test
    void anAgentsExitReadsWithStatusKindAndReasonCategoryTranslatedAndSurvivesStorage() {
        AgentDraft left = new AgentDraft("IST-0042", "Ayşe", "Yılmaz", "ayse@demo.frontline.dev",
                LocalDate.of(2024, 3, 4), AgentStatus.LEFT, LocalDate.of(2026, 11, 30), ExitKind.VOLUNTARY,
                "BETTER_PAY", "FT40", "IST-1", "IST", false, ACTIVE.skills(), ACTIVE.languages(),
                ACTIVE.weeklyAvailability(), List.of(new AvailabilityException(LocalDate.of(2026, 11, 20), false,
                        null, null, "doctor")));
        Phrase diff = Changes.diff(ACTIVE, left).orElseThrow();
        // stored as the audit trail stores it, read back years later
        Phrase stored = PhraseJson.decode(PhraseJson.encode(diff));

        assertThat(stored.english()).isEqualTo("Status: Active → Left; Exit date: – → Nov 30, 2026; "
                + "Exit kind: – → Voluntary; Exit reason: – → Better pay elsewhere; May work in the office: yes → no; "
                + "Exceptions on dates: – → Nov 20, 2026 not available (doctor)");
        String turkish = stored.render(TURKISH);
        assertThat(turkish).startsWith("Durum: Aktif → Ayrıldı; ")
                .contains("Ayrılış nedeni: – → Başka yerde daha iyi ücret")
                .contains("Ofiste çalışabilir: evet → hayır")
                .contains("30 Kas 2026");
        String polish = stored.render(POLISH);
        assertThat(polish).contains("Powód odejścia: – → Lepsze wynagrodzenie gdzie indziej")
                .contains("Może pracować w biurze: tak → nie")
                .contains("20 lis 2026 – brak dostępności (doctor)");
        assertThat(polish + turkish).doesNotContain("!").doesNotContain("LEFT").doesNotContain("BETTER_PAY");
    }

    @Test
    void aCreatedAgentListsItsFilledFieldsWithSkillsAndWeekdaysInTheReadersLanguage() {
        String polish = Changes.describe(ACTIVE).render(POLISH);

        assertThat(polish).startsWith("Numer pracownika: IST-0042; Imię: Ayşe; ")
                .contains("Umiejętności i biegłość: BILLING_TR_VOICE 0,8")
                .contains("Dostępność tygodniowa: poniedziałek 09:00–17:00")
                .doesNotContain("Wyjątki w określone dni");
    }

    @Test
    void aTypedExitReasonReadsAsTypedAndASaveThatChangedNothingHasNoDetails() {
        AgentDraft typed = new AgentDraft("IST-0042", "Ayşe", "Yılmaz", "ayse@demo.frontline.dev",
                LocalDate.of(2024, 3, 4), AgentStatus.LEFT, LocalDate.of(2026, 11, 30), ExitKind.VOLUNTARY,
                "Moved to Kraków", "FT40", "IST-1", "IST", true, ACTIVE.skills(), ACTIVE.languages(),
                ACTIVE.weeklyAvailability(), List.of());

        assertThat(Changes.diff(ACTIVE, typed).orElseThrow().render(TURKISH)).contains("Ayrılış nedeni: – → Moved to Kraków");
        assertThat(Changes.diff(ACTIVE, ACTIVE)).isEmpty();
    }
}
