package dev.frontline.security;

import dev.frontline.db.enums.AppRole;

/** What a new login row holds; the password hash (or null) comes from the application's {@code PasswordEncoder}. */
public record NewAccount(String username, String passwordHash, AppRole role, String displayName, Long agentId,
        String email, boolean demo, boolean passwordChangeRequired) {
}
