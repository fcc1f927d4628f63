package dev.frontline.security.persistence;

import static dev.frontline.db.Tables.AUDIT_EVENT;

import org.jooq.DSLContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

import dev.frontline.db.enums.AuditAction;

/**
 * Writes user-administration events into the shared audit trail's table ({@code audit_event}, entity type
 * {@code user}), in the caller's transaction, with the signed-in user as actor ("system" for the command line and
 * company sign-in). Security writes the rows itself rather than through {@code shared.audit.AuditTrail}: the jobs
 * feature depends on security, and shared's job progress bar on jobs, so security depending on shared would close a
 * cycle. The rows read back through {@code AuditTrail} like every other feature's.
 */
@Repository
public class UserAuditRepository {

    static final String SYSTEM_ACTOR = "system";

    private final DSLContext ctx;

    UserAuditRepository(DSLContext ctx) {
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

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM_ACTOR;
        }
        return authentication.getName();
    }
}
