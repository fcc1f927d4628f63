package dev.frontline.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The minimum a local password must meet (NIST SP 800-63B style: length and a blocklist rather than composition
 * rules): at least {@code frontline.passwords.min-length} characters (default 10, never below 8), at most 72 bytes
 * (bcrypt's limit), not one of the most common passwords (resource {@code security/common-passwords.txt}, sources in
 * docs/security.md), and not the username. It also makes the one-time passwords an admin hands out.
 */
@Component
public class PasswordPolicy {

    public static final int MAX_BYTES = 72;
    private static final String BLOCKLIST = "/security/common-passwords.txt";
    // no 0/O, 1/l/I: a one-time password is often read out or typed from a sheet
    private static final String ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int ONE_TIME_LENGTH = 16;

    private final int minLength;
    private final Set<String> common;
    private final SecureRandom random = new SecureRandom();

    PasswordPolicy(@Value("${frontline.passwords.min-length:10}") int minLength) {
        if (minLength < 8 || minLength > 64) {
            throw new IllegalStateException("frontline.passwords.min-length must be between 8 and 64, not " + minLength);
        }
        this.minLength = minLength;
        this.common = load();
    }

    public int minLength() {
        return minLength;
    }

    /** How many passwords the blocklist holds. */
    public int blocklistSize() {
        return common.size();
    }

    /** Refuses a password that breaks a rule, naming the rule; {@code username} may be null. */
    public void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw UserAdminException.invalid("password", "users.error.password-short", minLength);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw UserAdminException.invalid("password", "users.error.password-long", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw UserAdminException.invalid("password", "users.error.password-common");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw UserAdminException.invalid("password", "users.error.password-username");
        }
    }

    /** A random one-time password (16 characters, about 93 bits) that meets the policy. */
    public String oneTimePassword() {
        StringBuilder text = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            text.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return text.toString();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(BLOCKLIST)) {
            if (in == null) {
                throw new IllegalStateException("The password blocklist " + BLOCKLIST + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password blocklist " + BLOCKLIST, e);
        }
        return Set.copyOf(words);
    }
}
