package dev.frontline.security;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Who may sign in at all, whatever the way (form, basic auth, API token, company sign-in): an enabled login, and a
 * demo login only while the {@code demo} profile is active — so the demo's well-known passwords stop working when
 * the same database is started as a real centre.
 */
@Component
public class SignInRules {

    private final boolean demoActive;

    SignInRules(Environment environment) {
        this.demoActive = environment.acceptsProfiles(Profiles.of("demo"));
    }

    public boolean demoActive() {
        return demoActive;
    }

    public boolean maySignIn(UserAccount account) {
        return account.enabled() && (!account.demo() || demoActive);
    }

    FrontlineUser principal(UserAccount account) {
        return new FrontlineUser(account, maySignIn(account));
    }
}
