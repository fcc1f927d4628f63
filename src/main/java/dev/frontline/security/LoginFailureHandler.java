package dev.frontline.security;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a failed sign-in on the form goes: back to the login view with {@code ?error} (wrong username or password,
 * never which), or with {@code ?locked=<minutes>} when {@link LoginThrottle} refused the attempt, so the view can say
 * how long to wait.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final String loginPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    LoginFailureHandler(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target = exception instanceof LoginThrottledException throttled
                ? loginPath + "?locked=" + Math.max(1, (throttled.retryAfterSeconds() + 59) / 60)
                : loginPath + "?error";
        redirects.sendRedirect(request, response, target);
    }
}
