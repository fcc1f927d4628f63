package dev.frontline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls to the running application as a user (basic auth, the demo password, and the
 * {@code X-Frontline-Request} header a script sends), for REST tests.
 */
public final class ApiCalls {

    public static final String DEMO_PASSWORD = "frontline";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    public ApiCalls(int port) {
        this.port = port;
    }

    /** Status, media type (without parameters) and body of one answer. */
    public record Response(int status, String contentType, String body, String location) {

        /** The RFC 7807 problem of an answer that must have {@code expectedStatus}, its body parsed. */
        public JsonNode problem(int expectedStatus) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).isEqualTo("application/problem+json");
            return JSON.readTree(body);
        }
    }

    public Response call(HttpMethod method, String user, String path, String jsonBody) {
        return call(method, user, path, jsonBody, null);
    }

    /** The same call from a client whose Accept-Language is {@code acceptLanguage} (null: none). */
    public Response call(HttpMethod method, String user, String path, String jsonBody, String acceptLanguage) {
        var request = RestClient.create("http://localhost:" + port).method(method).uri(path)
                .headers(h -> {
                    h.setBasicAuth(user, DEMO_PASSWORD);
                    // what every scripted client sends so that state-changing requests without a JSON body pass
                    h.set("X-Frontline-Request", "1");
                    if (acceptLanguage != null) {
                        h.set("Accept-Language", acceptLanguage);
                    }
                });
        if (jsonBody != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(),
                res.getHeaders().getContentType() == null ? null
                        : res.getHeaders().getContentType().getType() + "/" + res.getHeaders().getContentType().getSubtype(),
                new String(res.getBody().readAllBytes()),
                res.getHeaders().getLocation() == null ? null : res.getHeaders().getLocation().toString()));
    }
}
