package dev.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static dev.frontline.db.Tables.API_TOKEN;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.client.RestClient;

import dev.frontline.testing.FrontlineIntegrationTest;

/** API tokens: a valid one signs in with its owner's role, a revoked or expired one is a 401, only hashes are kept. */
@FrontlineIntegrationTest
class ApiTokenTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    FrontlineUserDetailsService users;
    @Autowired
    DSLContext ctx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private int status(String token, String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> h.setBearerAuth(token))
                .exchange((req, res) -> res.getStatusCode().value());
    }

    @Test
    void aPlannersTokenWorksUntilRevokedAndOnlyItsHashIsStored() {
        signIn("planner");
        ApiTokenService.NewToken token = tokens.create("script " + System.nanoTime(), null);
        assertThat(token.token()).startsWith("flt_").hasSize(53);
        String stored = ctx.select(API_TOKEN.TOKEN_SHA256).from(API_TOKEN).where(API_TOKEN.ID.eq(token.id()))
                .fetchSingle(API_TOKEN.TOKEN_SHA256);
        assertThat(stored).isEqualTo(ApiTokenService.sha256(token.token())).doesNotContain(token.token().substring(13));

        assertThat(status(token.token(), "/api/v1/exports/contracts")).isEqualTo(200);
        assertThat(tokens.mine()).filteredOn(t -> t.id() == token.id()).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

        tokens.revoke(token.id());
        assertThat(status(token.token(), "/api/v1/exports/contracts")).isEqualTo(401);
        assertThat(status(token.token().substring(0, 52) + "x", "/api/v1/exports/contracts")).isEqualTo(401);
        assertThat(status("not-a-token", "/api/v1/exports/contracts")).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        signIn("planner");
        ApiTokenService.NewToken token = tokens.create("short-lived " + System.nanoTime(), OffsetDateTime.now().plusMinutes(5));
        ctx.update(API_TOKEN).set(API_TOKEN.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
                .where(API_TOKEN.ID.eq(token.id())).execute();
        assertThat(status(token.token(), "/api/v1/exports/contracts")).isEqualTo(401);
    }

    @Test
    void anAgentsTokenSignsInButMayNotImport() {
        long agentUser = ctx.select(dev.frontline.db.Tables.APP_USER.ID).from(dev.frontline.db.Tables.APP_USER)
                .where(dev.frontline.db.Tables.APP_USER.USERNAME.eq("agent.ist")).fetchSingle(dev.frontline.db.Tables.APP_USER.ID);
        String token = "flt_AGNT" + (System.nanoTime() % 9000 + 1000) + "_" + "a".repeat(40);
        ctx.insertInto(API_TOKEN).set(API_TOKEN.USER_ID, agentUser).set(API_TOKEN.NAME, "agent " + System.nanoTime())
                .set(API_TOKEN.TOKEN_PREFIX, token.substring(4, 12)).set(API_TOKEN.TOKEN_SHA256, ApiTokenService.sha256(token))
                .execute();
        assertThat(status(token, "/api/v1/me")).isEqualTo(200);
        int imported = RestClient.create("http://localhost:" + port).post().uri("/api/v1/imports/contracts?commit=true")
                .headers(h -> {
                    h.setBearerAuth(token);
                    h.set("X-Frontline-Request", "1");
                })
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv"))
                .body("code,name,min_minutes_per_week,max_minutes_per_week\nTOKX,Token,0,600\n")
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(imported).isEqualTo(403);
    }

    @Test
    void onlyPlannersCreateTokens() {
        signIn("hr.lead");
        assertThatThrownBy(() -> tokens.create("hr token", null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
