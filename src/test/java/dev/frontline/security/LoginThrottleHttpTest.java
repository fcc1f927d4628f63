package dev.frontline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.persistence.LoginThrottleRepository;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/**
 * Login throttling as clients meet it: the API answers 429 with Retry-After, the sign-in form sends the user back
 * with how long to wait, and the login view says so in the user's language. Requests come "from" an address of their
 * own through X-Forwarded-For (trusted from this host, as from a proxy), so the rest of the run is never throttled.
 */
@FrontlineIntegrationTest
class LoginThrottleHttpTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String PASSWORD = "Right-Password-42";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    LoginThrottleRepository counters;
    @Autowired
    ApplicationContext context;

    private final String user = "throttled." + System.nanoTime() % 1_000_000_000;
    private final String address = "203.0.113." + (System.nanoTime() % 200 + 20);

    @AfterEach
    void forgetCounters() {
        counters.forgetUsername(user);
        counters.forgetAddress(address);
    }

    @Test
    void afterTenWrongPasswordsTheApiAnswers429WithRetryAfterEvenForTheRightOne() throws Exception {
        accounts.create(user, encoder.encode(PASSWORD), AppRole.PLANNER, "Throttle Test", null);
        for (int i = 0; i < 10; i++) {
            assertThat(api(user, "wrong-" + i, address).statusCode()).as("wrong password %d", i + 1).isEqualTo(401);
        }

        HttpResponse<String> refused = api(user, PASSWORD, address);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("Too many failed sign-ins");

        // the same user from another address is not locked out
        assertThat(api(user, PASSWORD, "203.0.113.250").statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInFormSendsAThrottledUserBackWithHowLongToWait() throws Exception {
        accounts.create(user, encoder.encode(PASSWORD), AppRole.HR, "Throttle Test", null);
        for (int i = 0; i < 10; i++) {
            assertThat(formLogin(user, "wrong-" + i)).as("wrong password %d", i + 1).endsWith("/login?error");
        }
        assertThat(formLogin(user, PASSWORD)).endsWith("/login?locked=1");
    }

    @Test
    void theLoginViewExplainsTheWaitInTheUsersLanguage() {
        KaribuSession.open(context);
        try {
            UI.getCurrent().navigate("login", QueryParameters.of("locked", "3"));
            LoginForm form = _get(LoginForm.class);
            assertThat(form.isError()).isTrue();
            assertThat(errorMessage(form)).contains("3 minutes");

            UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
            UI.getCurrent().navigate("login", QueryParameters.of("locked", "3"));
            assertThat(errorMessage(_get(LoginForm.class))).contains("3 minuty");
        } finally {
            KaribuSession.close();
        }
    }

    /** The error text the form shows, as the server sent it to the browser (its i18n property). */
    private static String errorMessage(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private HttpResponse<String> api(String username, String password, String from) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agents"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", from)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the form as a browser would (with the page's CSRF token); the redirect's target. */
    private String formLogin(String username, String password) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher session = Pattern.compile("JSESSIONID=([^;]+)")
                .matcher(page.headers().firstValue("Set-Cookie").orElseThrow());
        assertThat(session.find()).isTrue();
        String[] csrf = WebHardeningTest.csrf(page.body());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&" + csrf[0] + "=" + URLEncoder.encode(csrf[1], StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", "JSESSIONID=" + session.group(1))
                .header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }
}
