package dev.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.workforce.masterdata.SiteDraft;

/**
 * The language choice over real HTTP for every role (the same choice as the top bar's switch), and Bean Validation
 * worded in the request's language.
 */
@FrontlineIntegrationTest
class LanguageApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    Validator validator;
    @Autowired
    UserLanguages languages;

    private record Answer(int status, JsonNode body) {
    }

    private Answer call(HttpMethod method, String user, String acceptLanguage, String body) {
        var request = RestClient.create("http://localhost:" + port).method(method).uri("/api/v1/me/language")
                .headers(h -> {
                    h.setBasicAuth(user, ApiCalls.DEMO_PASSWORD);
                    h.set("Accept-Language", acceptLanguage);
                });
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(),
                json.readTree(new String(res.getBody().readAllBytes()))));
    }

    @AfterEach
    void followTheBrowserAgain() {
        LocaleContextHolder.resetLocaleContext();
        for (String user : new String[] {"planner", "hr.lead", "agent.waw", "admin"}) {
            call(HttpMethod.PUT, user, "en", "{\"language\":null}");
        }
    }

    @Test
    void everyRoleChoosesAndReadsItsLanguage() {
        for (String user : new String[] {"planner", "hr.lead", "agent.waw", "admin"}) {
            Answer before = call(HttpMethod.GET, user, "tr-TR,tr;q=0.9", null);
            assertThat(before.status()).as(user).isEqualTo(200);
            assertThat(before.body().get("chosen").isNull()).as(user + " follows the browser").isTrue();
            assertThat(before.body().get("effective").asString()).isEqualTo("tr");
            assertThat(before.body().get("supported").toString()).isEqualTo("[\"en\",\"tr\",\"pl\"]");

            Answer chosen = call(HttpMethod.PUT, user, "tr-TR", "{\"language\":\"pl\"}");
            assertThat(chosen.status()).as(user).isEqualTo(200);
            assertThat(chosen.body().get("chosen").asString()).isEqualTo("pl");
            assertThat(chosen.body().get("effective").asString()).as("the choice wins over the browser").isEqualTo("pl");
            assertThat(call(HttpMethod.GET, user, "en-GB", null).body().get("chosen").asString()).isEqualTo("pl");
        }
    }

    @Test
    void aLanguageFrontlineDoesNotSpeakIsRefusedByField() {
        Answer refused = call(HttpMethod.PUT, "planner", "en", "{\"language\":\"de\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asString()).isEqualTo("language");
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("language: Frontline speaks English (en), Turkish (tr) and Polish (pl), not 'de'.");
        Answer polish = call(HttpMethod.PUT, "planner", "pl-PL", "{\"language\":\"de\"}");
        assertThat(polish.status()).isEqualTo(400);
        assertThat(polish.body().get("field").asString()).isEqualTo("language");
        assertThat(polish.body().get("detail").asString())
                .isEqualTo("language: Frontline mówi po angielsku (en), turecku (tr) i polsku (pl), a nie „de”.");
        Answer forgotten = call(HttpMethod.PUT, "planner", "pl-PL", "{\"language\":null}");
        assertThat(forgotten.body().get("chosen").isNull()).isTrue();
        assertThat(forgotten.body().get("effective").asString()).isEqualTo("pl");
    }

    @Test
    void nobodySignedInGetsNoLanguage() {
        int status = RestClient.create("http://localhost:" + port).get().uri("/api/v1/me/language")
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(401);
    }

    @Test
    void validationMessagesFollowTheRequestsLanguage() {
        SiteDraft blankName = new SiteDraft("IST", " ", "TR", "Europe/Istanbul", 10, java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(20, 0), java.util.List.of());
        LocaleContextHolder.setLocale(Locale.forLanguageTag("pl-PL"));
        Set<ConstraintViolation<SiteDraft>> polish = validator.validate(blankName);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("tr-TR"));
        Set<ConstraintViolation<SiteDraft>> turkish = validator.validate(blankName);
        LocaleContextHolder.setLocale(Locale.UK);
        Set<ConstraintViolation<SiteDraft>> english = validator.validate(blankName);
        assertThat(polish).extracting(ConstraintViolation::getMessage).containsExactly("Podaj nazwę.");
        assertThat(turkish).extracting(ConstraintViolation::getMessage).containsExactly("Bir ad girin.");
        assertThat(english).extracting(ConstraintViolation::getMessage).containsExactly("Give a name.");
        assertThat(UiLocaleValidation.currentLocale()).isEqualTo(Locale.UK);
    }
}
