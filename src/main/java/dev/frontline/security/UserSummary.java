package dev.frontline.security;

import java.time.OffsetDateTime;

import dev.frontline.db.enums.AppRole;

/** A login as an admin sees it in the list: never its password hash. */
public record UserSummary(long id, String username, String displayName, AppRole role, Long agentId,
        String agentEmployeeNumber, String email, boolean enabled, boolean demo, boolean hasPassword,
        boolean companySignInLinked, boolean passwordChangeRequired, OffsetDateTime createdAt,
        OffsetDateTime lastSignInAt) {
}
