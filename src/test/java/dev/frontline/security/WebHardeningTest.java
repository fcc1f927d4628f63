package dev.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Issue 20's web findings over real HTTP: no Content-Security-Policy, no HSTS, no SameSite on the session cookie, a
 * login form that accepted a POST without its CSRF token, and unknown API paths answered with the Vaadin page.
 */
@FrontlineIntegrationTest
class WebHardeningTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    @Test
    void pagesCarryAContentSecurityPolicyThatKeepsScriptsAndFramingToThisOrigin() throws Exception {
        HttpResponse<String> login = get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'");
        assertThat(policy).doesNotContain("*", "http:", "https:");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> api = get("/api/v1/agents", null);
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void hstsAndASecureCookieOnlyWhenServedOverHttps() throws Exception {
        HttpResponse<String> plain = get("/login", null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        String plainCookie = sessionCookie(plain).orElseThrow();
        assertThat(plainCookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");

        // as a TLS-terminating proxy on this host forwards it
        HttpResponse<String> tls = HTTP.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=").contains("includeSubDomains"));
        assertThat(sessionCookie(tls).orElseThrow()).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
    }

    @Test
    void theLoginFormRefusesAPostWithoutItsCsrfToken() throws Exception {
        HttpResponse<String> page = get("/login", null);
        String session = session(page);

        // refused (Spring's 403 becomes a redirect to the login page on the error dispatch): not signed in
        HttpResponse<String> forged = postLogin(session, "planner", "frontline", null);
        assertThat(forged.statusCode()).isIn(302, 403);
        forged.headers().firstValue("Location").ifPresent(location -> assertThat(location).contains("/login"));
        String afterForged = session(forged, session);
        assertThat(get("/planner", afterForged).statusCode()).as("still signed out").isEqualTo(302);

        HttpResponse<String> signedIn = postLogin(session, "planner", "frontline", csrf(page.body()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(get("/planner", session(signedIn, session)).statusCode()).as("signed in").isEqualTo(200);
    }

    @Test
    void unknownApiPathsAnswerA404ProblemNotTheApplicationPage() throws Exception {
        HttpResponse<String> unknown = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("Authorization", basic("planner")).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("/api/v1/no-such-thing").doesNotContain("<html");
    }

    private HttpResponse<String> postLogin(String session, String user, String password, String[] csrf) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf == null ? "" : "&" + csrf[0] + "=" + URLEncoder.encode(csrf[1], StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF parameter name and token the login page hands the form (the meta tags vaadin-login-form reads). */
    static String[] csrf(String page) {
        Matcher name = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"").matcher(page);
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(name.find()).as("CSRF parameter meta tag on the login page").isTrue();
        assertThat(token.find()).as("CSRF token meta tag on the login page").isTrue();
        return new String[] {name.group(1), token.group(1)};
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static String session(HttpResponse<?> response) {
        Matcher m = SESSION.matcher(sessionCookie(response).orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String session(HttpResponse<?> response, String otherwise) {
        return sessionCookie(response).map(c -> {
            Matcher m = SESSION.matcher(c);
            return m.find() ? m.group(1) : otherwise;
        }).orElse(otherwise);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":frontline").getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
