package dev.frontline.workforce.masterdata;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.shared.audit.AuditTrail;

/**
 * Audit events of master-data edits with field-level details as phrases (read in each reader's language, stored with
 * their English reading), and the refusal of a stale save naming who changed the
 * record and when (read from the latest event of that record).
 */
@Component
class MasterDataAudit {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final AuditTrail trail;

    MasterDataAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void created(String entityType, String key, Record draft) {
        trail.record(entityType, key, AuditAction.CREATE, Changes.describe(draft));
    }

    /** Records the changed fields; a save that changed nothing leaves no event. */
    void updated(String entityType, String key, Record before, Record after) {
        Changes.diff(before, after).ifPresent(diff -> trail.record(entityType, key, AuditAction.UPDATE, diff));
    }

    void deleted(String entityType, String key, Record last) {
        trail.record(entityType, key, AuditAction.DELETE, Changes.describe(last));
    }

    /** The exception for a save against a version that is no longer current (or a record that is gone). */
    StaleEditException stale(String entityType, String key, boolean deleted) {
        String entity = "masterdata.entity." + entityType;
        return trail.latest(entityType, key)
                .map(event -> new StaleEditException(deleted ? "masterdata.error.deleted-by" : "masterdata.error.stale",
                        new MessageKey(entity), key, event.actor(),
                        WHEN.format(event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC))))
                .orElseGet(() -> new StaleEditException(deleted ? "masterdata.error.deleted" : "masterdata.error.stale-unknown",
                        new MessageKey(entity), key));
    }
}
