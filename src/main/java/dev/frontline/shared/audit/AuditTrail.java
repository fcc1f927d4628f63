package dev.frontline.shared.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.shared.audit.persistence.AuditEventRepository;
import dev.frontline.shared.text.Messages;
import dev.frontline.shared.text.Phrase;

/**
 * Who changed what and when in master data. Services call {@link #record} inside the transaction of the change, so an
 * event exists exactly when the change was committed.
 */
@Component
// small contexts that import only the audit trail (the import command line) get its table access with it
@Import(AuditEventRepository.class)
public class AuditTrail {

    /** Actor written when no user is signed in: the demo seeder, the CLI or a migration. */
    public static final String SYSTEM_ACTOR = "system";

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    /** An event whose details are fixed text (e.g. typed by a user); readers see it as written. */
    public void record(String entityType, String entityKey, AuditAction action, String details) {
        events.insert(actor(), entityType, entityKey, action, details, null, details);
    }

    /**
     * An event whose details are a sentence of the bundles: stored as the phrase (dates as ISO, names as they are) and
     * rendered in each reader's language and date format; its English reading is kept beside it for raw reads, and its
     * reading in every language for the search, so a reader finds it by the words they see.
     */
    public void record(String entityType, String entityKey, AuditAction action, Phrase details) {
        String searchText = Messages.LANGUAGES.stream().map(details::render).distinct()
                .collect(Collectors.joining("\n"));
        events.insert(actor(), entityType, entityKey, action, details.english(), details, searchText);
    }

    /** Newest first; {@code entityType} null for all types, {@code limit} caps the rows. */
    public List<AuditEntry> recent(String entityType, int limit) {
        return events.recent(entityType, limit);
    }

    /**
     * Newest first, narrowed by any of: entity type (exact), actor (exact, case-insensitive) and a text found in the
     * key or the details; null or blank filters are ignored.
     */
    public List<AuditEntry> search(String entityType, String actor, String text, int limit) {
        return events.search(entityType, actor, text, limit);
    }

    /** The latest event of one record, e.g. to tell a planner who changed it under their feet. */
    public Optional<AuditEntry> latest(String entityType, String entityKey) {
        return events.latest(entityType, entityKey);
    }

    /** The entity types that have events, for a filter. */
    public List<String> entityTypes() {
        return events.entityTypes();
    }

    /** The signed-in user's name, read from Spring Security itself so shared code stays free of feature packages. */
    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM_ACTOR;
        }
        return authentication.getName();
    }

    /**
     * One event: {@code details} is the stored text (English for events written with a phrase), {@code phrase} the
     * sentence to render for a reader (null for events written before phrases, which show their stored text).
     */
    public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String entityType, String entityKey,
            AuditAction action, String details, Phrase phrase) {

        /** The details in the language and date format of {@code locale}; old events as they were stored. */
        public String details(Locale locale) {
            return phrase == null ? details : phrase.render(locale);
        }
    }
}
