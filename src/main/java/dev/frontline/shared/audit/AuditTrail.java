package dev.frontline.shared.audit;

import static dev.frontline.db.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.frontline.db.enums.AuditAction;

/**
 * Who changed what and when in master data. Services call {@link #record} inside the transaction of the change, so an
 * event exists exactly when the change was committed.
 */
@Component
public class AuditTrail {

    /** Actor written when no user is signed in: the demo seeder, the CLI or a migration. */
    public static final String SYSTEM_ACTOR = "system";

    private final DSLContext ctx;

    AuditTrail(DSLContext ctx) {
        this.ctx = ctx;
    }

    public void record(String entityType, String entityKey, AuditAction action, String details) {
        ctx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR, actor())
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_KEY, entityKey)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.DETAILS, details)
                .execute();
    }

    /** Newest first; {@code entityType} null for all types, {@code limit} caps the rows. */
    public List<AuditEntry> recent(String entityType, int limit) {
        return ctx.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ENTITY_TYPE,
                        AUDIT_EVENT.ENTITY_KEY, AUDIT_EVENT.ACTION, AUDIT_EVENT.DETAILS)
                .from(AUDIT_EVENT)
                .where(entityType == null ? AUDIT_EVENT.ID.isNotNull() : AUDIT_EVENT.ENTITY_TYPE.eq(entityType))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(AuditEntry::new));
    }

    /**
     * Newest first, narrowed by any of: entity type (exact), actor (exact, case-insensitive) and a text found in the
     * key or the details; null or blank filters are ignored.
     */
    public List<AuditEntry> search(String entityType, String actor, String text, int limit) {
        Condition where = DSL.noCondition();
        if (entityType != null && !entityType.isBlank()) {
            where = where.and(AUDIT_EVENT.ENTITY_TYPE.eq(entityType));
        }
        if (actor != null && !actor.isBlank()) {
            where = where.and(DSL.lower(AUDIT_EVENT.ACTOR).eq(actor.trim().toLowerCase(Locale.ROOT)));
        }
        if (text != null && !text.isBlank()) {
            String pattern = "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = where.and(AUDIT_EVENT.ENTITY_KEY.likeIgnoreCase(pattern, '\\')
                    .or(AUDIT_EVENT.DETAILS.likeIgnoreCase(pattern, '\\')));
        }
        return ctx.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ENTITY_TYPE,
                        AUDIT_EVENT.ENTITY_KEY, AUDIT_EVENT.ACTION, AUDIT_EVENT.DETAILS)
                .from(AUDIT_EVENT)
                .where(where)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(AuditEntry::new));
    }

    /** The latest event of one record, e.g. to tell a planner who changed it under their feet. */
    public Optional<AuditEntry> latest(String entityType, String entityKey) {
        return ctx.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ENTITY_TYPE,
                        AUDIT_EVENT.ENTITY_KEY, AUDIT_EVENT.ACTION, AUDIT_EVENT.DETAILS)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType), AUDIT_EVENT.ENTITY_KEY.eq(entityKey))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(1)
                .fetchOptional(Records.mapping(AuditEntry::new));
    }

    /** The entity types that have events, for a filter. */
    public List<String> entityTypes() {
        return ctx.selectDistinct(AUDIT_EVENT.ENTITY_TYPE).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ENTITY_TYPE)
                .fetch(AUDIT_EVENT.ENTITY_TYPE);
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

    public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String entityType, String entityKey,
            AuditAction action, String details) {
    }
}
