package dev.frontline.selfservice;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.APP_USER;
import static dev.frontline.db.Tables.CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.ApiCalls.Response;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * Contracts' leave allowances over real HTTP: the planner reads and sets them (each bad value refused with its field and
 * rule), an agent's balance starts from the new value at once, and agents and HR can neither read nor set them.
 */
@FrontlineIntegrationTest
class AllowanceApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DSLContext ctx;

    private Response call(HttpMethod method, String user, String path, String body) {
        return new ApiCalls(port).call(method, user, path, body);
    }

    private static void refused(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"").contains("\"rule\":\"" + rule + "\"");
    }

    private String contractOf(String username) {
        return ctx.select(CONTRACT.CODE).from(APP_USER).join(AGENT).on(AGENT.ID.eq(APP_USER.AGENT_ID)).join(CONTRACT)
                .on(CONTRACT.ID.eq(AGENT.CONTRACT_ID)).where(APP_USER.USERNAME.eq(username)).fetchSingle(CONTRACT.CODE);
    }

    private JsonNode allowance(String contract) {
        for (JsonNode row : json.readTree(call(HttpMethod.GET, "planner", "/api/v1/time-off-allowances", null).body())) {
            if (row.get("contractCode").asString().equals(contract)) {
                return row;
            }
        }
        throw new AssertionError("no allowance row for contract " + contract);
    }

    @Test
    void thePlannerSetsAContractsAllowanceAndTheAgentsBalanceStartsFromIt() {
        String contract = contractOf("agent.ist");
        JsonNode before = allowance(contract);
        assertThat(before.get("agents").asInt()).isPositive();
        BigDecimal original = before.get("vacationDays").decimalValue();
        BigDecimal changed = original.add(new BigDecimal("1.5"));
        try {
            Response set = call(HttpMethod.PUT, "planner", "/api/v1/time-off-allowances/" + contract + "/VACATION",
                    "{\"daysPerYear\":" + changed + "}");
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(json.readTree(set.body()).get("vacationDays").decimalValue()).isEqualByComparingTo(changed);
            assertThat(allowance(contract).get("personalDays").decimalValue())
                    .isEqualByComparingTo(before.get("personalDays").decimalValue());
            JsonNode balances = json.readTree(call(HttpMethod.GET, "agent.ist", "/api/v1/me/time-off/balances?year="
                    + LocalDate.now().getYear(), null).body());
            boolean seen = false;
            for (JsonNode b : balances) {
                if (b.get("kind").asString().equals("VACATION")) {
                    assertThat(b.get("entitlement").decimalValue()).isEqualByComparingTo(changed);
                    seen = true;
                }
            }
            assertThat(seen).isTrue();

            refused(call(HttpMethod.PUT, "planner", "/api/v1/time-off-allowances/" + contract + "/SICK",
                    "{\"daysPerYear\":5}"), 400, "kind", "UNKNOWN_KIND");
            refused(call(HttpMethod.PUT, "planner", "/api/v1/time-off-allowances/" + contract + "/VACATION",
                    "{\"daysPerYear\":400}"), 400, "daysPerYear", "OUT_OF_RANGE");
            refused(call(HttpMethod.PUT, "planner", "/api/v1/time-off-allowances/" + contract + "/VACATION",
                    "{\"daysPerYear\":-1}"), 400, "daysPerYear", "OUT_OF_RANGE");
            refused(call(HttpMethod.PUT, "planner", "/api/v1/time-off-allowances/" + contract + "/VACATION",
                    "{\"daysPerYear\":20.3}"), 400, "daysPerYear", "HALF_DAYS");
            refused(call(HttpMethod.PUT, "planner", "/api/v1/time-off-allowances/" + contract + "/PERSONAL", "{}"),
                    400, "daysPerYear", "REQUIRED");
            assertThat(call(HttpMethod.PUT, "planner", "/api/v1/time-off-allowances/NO-SUCH/VACATION",
                    "{\"daysPerYear\":5}").status()).isEqualTo(404);
            // nothing refused was stored
            assertThat(allowance(contract).get("vacationDays").decimalValue()).isEqualByComparingTo(changed);
        } finally {
            call(HttpMethod.PUT, "planner", "/api/v1/time-off-allowances/" + contract + "/VACATION",
                    "{\"daysPerYear\":" + original + "}");
        }
        assertThat(allowance(contract).get("vacationDays").decimalValue()).isEqualByComparingTo(original);
    }

    @Test
    void onlyPlannersReadOrSetAllowances() {
        String contract = contractOf("agent.ist");
        BigDecimal original = allowance(contract).get("vacationDays").decimalValue();
        for (String user : new String[] {"agent.ist", "hr.lead", "admin"}) {
            assertThat(call(HttpMethod.GET, user, "/api/v1/time-off-allowances", null).status()).as(user).isEqualTo(403);
            assertThat(call(HttpMethod.PUT, user, "/api/v1/time-off-allowances/" + contract + "/VACATION",
                    "{\"daysPerYear\":99}").status()).as(user).isEqualTo(403);
        }
        assertThat(allowance(contract).get("vacationDays").decimalValue()).isEqualByComparingTo(original);
    }
}
