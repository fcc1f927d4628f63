package dev.frontline.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * API clients get RFC 7807 problem details for 401, 403 and 429, never a login page or a data hint. A 401 challenges
 * with {@code Bearer} only: a {@code Basic} challenge would make a browser ask for a password and then send it with
 * every later request to the API, including requests another site's page makes it send. Scripted clients send basic
 * credentials without waiting for a challenge (curl {@code -u}, every HTTP library's basic-auth option).
 */
@Component
class ProblemDetailsAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Bearer realm=\"Frontline API\"";

    private final ApiProblems problems;

    ProblemDetailsAuthenticationEntryPoint(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "Too many failed sign-ins",
                    "Too many wrong passwords for this user from this address; try again in "
                            + throttled.retryAfterSeconds() + " seconds.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, null, null,
                "Sign in with a valid username and password, or a valid API token.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, null, null, "Your role does not allow this request.");
    }
}
