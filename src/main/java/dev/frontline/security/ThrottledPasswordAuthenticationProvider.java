package dev.frontline.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one username-and-password check of the application, for the sign-in form and the API's basic auth: credentials
 * found right a moment ago are taken from {@link PasswordCheckCache}; otherwise {@link LoginThrottle} may refuse the
 * attempt before any password is checked, and the bcrypt check's outcome is counted. Being the only
 * {@link AuthenticationProvider} bean, it is the global one both filter chains use.
 */
@Component
class ThrottledPasswordAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final PasswordCheckCache cache;
    private final boolean localPasswords;

    ThrottledPasswordAuthenticationProvider(FrontlineUserDetailsService users, PasswordEncoder encoder,
                                            LoginThrottle throttle, PasswordCheckCache cache,
                                            @Value("${frontline.local-passwords:true}") boolean localPasswords) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.cache = cache;
        this.localPasswords = localPasswords;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!localPasswords) {
            // company sign-in only: every password is refused with the usual answer, and not counted as a guess
            throw new BadCredentialsException("Local passwords are turned off (frontline.local-passwords=false)");
        }
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;

        Optional<FrontlineUser> remembered = cache.find(username, password);
        if (remembered.isPresent()) {
            var result = UsernamePasswordAuthenticationToken.authenticated(remembered.get(), null,
                    remembered.get().getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        Optional<Duration> wait = throttle.refusal(username, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
        throttle.succeeded(username, address);
        if (result.getPrincipal() instanceof FrontlineUser user) {
            cache.remember(username, password, user);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
