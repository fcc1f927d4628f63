package dev.frontline.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.frontline.db.enums.AppRole;

/**
 * A new login as an admin (or the first-run setup) describes it. The rules are declared here and checked by the
 * service; the message of each is an i18n key. A null password means: hand out a one-time password, or none when
 * local passwords are turned off (the user then signs in through the company's identity provider, found by e-mail).
 */
public record UserDraft(
        @NotBlank(message = "{users.error.username}")
        @Pattern(regexp = "^[a-z0-9._-]{3,60}$", message = "{users.error.username}") String username,
        @NotBlank(message = "{users.error.display-name}")
        @Size(max = 120, message = "{users.error.display-name}") String displayName,
        @NotNull(message = "{users.error.role}") AppRole role,
        Long agentId,
        @Email(message = "{users.error.email}") @Size(max = 254, message = "{users.error.email}") String email,
        String password) {

    /** Lower-cases the username and e-mail and trims the texts, as they are stored. */
    UserDraft normalised() {
        return new UserDraft(lower(username), displayName == null ? null : displayName.strip(), role, agentId,
                email == null || email.isBlank() ? null : lower(email), password == null || password.isEmpty() ? null : password);
    }

    private static String lower(String text) {
        return text == null ? null : text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
