package dev.frontline.shared.audit.persistence;

import static dev.frontline.db.Tables.AUDIT_EVENT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.shared.audit.AuditTrail.AuditEntry;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhraseJson;

/** The {@code audit_event} table: appended to by {@link dev.frontline.shared.audit.AuditTrail}, read newest first. */
@Repository
public class AuditEventRepository {

    private final DSLContext ctx;

    AuditEventRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param searchText what the text filter looks in: the details, and for a phrase its reading in every language
     */
    public void insert(String actor, String entityType, String entityKey, AuditAction action, String details,
                       Phrase phrase, String searchText) {
        ctx.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR, actor)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_KEY, entityKey)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.DETAILS, details)
                .set(AUDIT_EVENT.DETAILS_PHRASE, phrase == null ? null : JSONB.valueOf(PhraseJson.encode(phrase)))
                .set(AUDIT_EVENT.SEARCH_TEXT, searchText)
                .execute();
    }

    /** Newest first; {@code entityType} null for all types, {@code limit} caps the rows. */
    public List<AuditEntry> recent(String entityType, int limit) {
        return newestFirst(entityType == null ? AUDIT_EVENT.ID.isNotNull() : AUDIT_EVENT.ENTITY_TYPE.eq(entityType), limit);
    }

    /**
     * Newest first, narrowed by any of: entity type (exact), actor (exact, case-insensitive) and a text found in the
     * key or the details as any language reads them; null or blank filters are ignored.
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
                    .or(AUDIT_EVENT.SEARCH_TEXT.likeIgnoreCase(pattern, '\\')));
        }
        return newestFirst(where, limit);
    }

    /** The latest event of one record. */
    public Optional<AuditEntry> latest(String entityType, String entityKey) {
        return newestFirst(AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_KEY.eq(entityKey)), 1)
                .stream().findFirst();
    }

    /** The entity types that have events. */
    public List<String> entityTypes() {
        return ctx.selectDistinct(AUDIT_EVENT.ENTITY_TYPE).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ENTITY_TYPE)
                .fetch(AUDIT_EVENT.ENTITY_TYPE);
    }

    private List<AuditEntry> newestFirst(Condition where, int limit) {
        return ctx.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ENTITY_TYPE,
                        AUDIT_EVENT.ENTITY_KEY, AUDIT_EVENT.ACTION, AUDIT_EVENT.DETAILS, AUDIT_EVENT.DETAILS_PHRASE)
                .from(AUDIT_EVENT)
                .where(where)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8() == null ? null : PhraseJson.decode(r.value8().data())));
    }
}
