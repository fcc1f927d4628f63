package dev.frontline.security;

import dev.frontline.db.enums.AppRole;

/** A login: who they are, their single role, and for an AGENT the agent record that is theirs. */
public record UserAccount(long id, String username, String passwordHash, AppRole role, String displayName,
        Long agentId, boolean enabled) {
}
