package dev.frontline.security;

import static dev.frontline.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Issue 20's finding "basic auth costs a bcrypt check per request": repeated API sign-ins with the same credentials
 * check the password once, and a changed password or a disabled account stops working at once all the same.
 */
@FrontlineIntegrationTest
class PasswordCheckCacheTest {

    @Autowired
    FrontlineUserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    DSLContext ctx;
    @Autowired
    SignInRules signInRules;

    /** The application's encoder, counting its password checks. */
    private final AtomicInteger checks = new AtomicInteger();
    private ThrottledPasswordAuthenticationProvider provider;
    private final String user = "cached." + System.nanoTime() % 1_000_000_000;

    @BeforeEach
    void provider() {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checks.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
        PasswordCheckCache cache = new PasswordCheckCache(accounts, signInRules, Clock.systemUTC(), Duration.ofMinutes(5), 100);
        provider = new ThrottledPasswordAuthenticationProvider(users, counting, throttle, cache, true);
        accounts.create(user, encoder.encode("first-password"), AppRole.PLANNER, "Cache Test", null);
    }

    private Authentication signIn(String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void theSameCredentialsAreCheckedWithBcryptOnceNotOnEveryRequest() {
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("first-password").getPrincipal()).isInstanceOf(FrontlineUser.class);
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRemembered() {
        signIn("first-password");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("not-the-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(4);
        throttle.forget(user);
    }

    @Test
    void aChangedPasswordOrADisabledAccountStopsWorkingAtOnce() {
        signIn("first-password");
        ctx.update(APP_USER).set(APP_USER.PASSWORD_HASH, encoder.encode("second-password"))
                .where(APP_USER.USERNAME.eq(user)).execute();
        assertThatThrownBy(() -> signIn("first-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("second-password").isAuthenticated()).isTrue();

        ctx.update(APP_USER).set(APP_USER.ENABLED, false).where(APP_USER.USERNAME.eq(user)).execute();
        assertThatThrownBy(() -> signIn("second-password")).isInstanceOf(DisabledException.class);
        throttle.forget(user);
    }
}
