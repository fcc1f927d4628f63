package dev.frontline.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.shared.text.Phrase;
import dev.frontline.testing.FrontlineIntegrationTest;

@FrontlineIntegrationTest
@Transactional
class AuditTrailTest {

    @Autowired
    AuditTrail auditTrail;

    @Test
    void recordsTheSignedInUserAsActor() {
        auditTrail.record("audit-test", "SITE-1", AuditAction.UPDATE, "seats: 60 -> 62");
        List<AuditTrail.AuditEntry> entries = auditTrail.recent("audit-test", 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(AuditTrail.SYSTEM_ACTOR);
            assertThat(entry.entityKey()).isEqualTo("SITE-1");
            assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.details()).isEqualTo("seats: 60 -> 62");
        });
    }

    @Test
    void detailsWrittenAsAPhraseAreReadInTheReadersLanguageAndDateFormat() {
        // what the office-day service writes: a date (stored as ISO) and a site's name, not its code
        auditTrail.record("audit-test", "42/2026-12-07", AuditAction.CREATE,
                Phrase.of("audit.office-day.booked", LocalDate.of(2026, 12, 7), "Warszawa"));
        AuditTrail.AuditEntry entry = auditTrail.recent("audit-test", 10).getFirst();
        assertThat(entry.phrase()).isEqualTo(Phrase.of("audit.office-day.booked", LocalDate.of(2026, 12, 7), "Warszawa"));
        assertThat(entry.details()).as("the English reading, kept for the search").isEqualTo(
                "office day on Dec 7, 2026 at Warszawa");
        assertThat(entry.details(Locale.forLanguageTag("pl-PL"))).isEqualTo("dzień w biurze 7 gru 2026, Warszawa");
        assertThat(entry.details(Locale.forLanguageTag("tr-TR"))).isEqualTo("7 Ara 2026 tarihinde Warszawa ofis günü");
        // the search finds it by its English words
        assertThat(auditTrail.search("audit-test", null, "office day", 10)).hasSize(1);
    }

    @Test
    void anOldEventWithoutAPhraseShowsItsStoredTextInEveryLanguage() {
        auditTrail.record("audit-test", "SITE-2", AuditAction.UPDATE, "seats: 60 -> 62");
        AuditTrail.AuditEntry entry = auditTrail.recent("audit-test", 10).getFirst();
        assertThat(entry.phrase()).isNull();
        assertThat(entry.details(Locale.forLanguageTag("tr-TR"))).isEqualTo("seats: 60 -> 62");
    }

    @Test
    @WithUserDetails("planner")
    void namesThePlannerWhoMadeTheChange() {
        auditTrail.record("audit-test", "Q-1", AuditAction.CREATE, "created");
        assertThat(auditTrail.recent("audit-test", 10)).extracting(AuditTrail.AuditEntry::actor).containsExactly("planner");
    }
}
