package dev.frontline.attrition.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.attrition.AttritionService;
import dev.frontline.attrition.engine.Dimension;
import dev.frontline.attrition.engine.GroupSurvival;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Survival by training received: the onboarding path each agent took, or none recorded. */
@FrontlineIntegrationTest
class AttritionByPathTest {

    @LocalServerPort
    int port;
    @Autowired
    AttritionService attrition;

    @Test
    @WithUserDetails("hr.lead")
    void everyAgentFallsInTheGroupOfTheOnboardingPathTheyTookOrNoneRecorded() {
        var result = attrition.survival(Dimension.PATH);
        Set<String> groups = result.groups().stream().map(GroupSurvival::group).collect(Collectors.toSet());
        assertThat(groups).containsExactlyInAnyOrder("Onboarding in 3 weeks", "Onboarding in 5 weeks",
                Dimension.NONE_RECORDED);
        int agents = result.groups().stream().mapToInt(GroupSurvival::agents).sum();
        assertThat(agents).isEqualTo(attrition.survival(Dimension.SITE).groups().stream()
                .mapToInt(GroupSurvival::agents).sum());
        // both onboarding variants have followed enough hires for a curve, so HR can compare them
        assertThat(result.groups().stream().filter(g -> g.group().startsWith("Onboarding")))
                .hasSize(2).allSatisfy(g -> assertThat(g.hasCurve()).as(g.group()).isTrue());
        assertThat(result.logRank()).isPresent();
    }

    @Test
    void theRestApiGroupsByPathForHrAndRefusesAgents() {
        var api = new ApiCalls(port);
        var hr = api.call(HttpMethod.GET, "hr.lead", "/api/v1/attrition/survival?by=path", null);
        assertThat(hr.status()).isEqualTo(200);
        assertThat(hr.body()).contains("\"by\":\"path\"").contains("Onboarding in 5 weeks").contains("none recorded");
        assertThat(api.call(HttpMethod.GET, "agent.waw", "/api/v1/attrition/survival?by=path", null).status())
                .isEqualTo(403);
        assertThat(api.call(HttpMethod.GET, "planner", "/api/v1/attrition/forecast?by=path", null).status())
                .isEqualTo(200);
    }
}
