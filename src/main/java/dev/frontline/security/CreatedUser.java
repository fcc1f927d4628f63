package dev.frontline.security;

/** A login just created, with its one-time password (shown once, never stored in clear) or null. */
public record CreatedUser(UserSummary user, String oneTimePassword) {
}
