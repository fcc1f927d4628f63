package dev.frontline.security;

import dev.frontline.db.enums.AppRole;

/**
 * A login: who they are, their single role, and for an AGENT the agent record that is theirs. The password hash is
 * null for a login that signs in only through the company's identity provider; {@code demo} marks the demo centre's
 * logins, which sign in only while the demo profile is active.
 */
public record UserAccount(long id, String username, String passwordHash, AppRole role, String displayName,
        Long agentId, boolean enabled, boolean demo, boolean passwordChangeRequired, String email) {
}
