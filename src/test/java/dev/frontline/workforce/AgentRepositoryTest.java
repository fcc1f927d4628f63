package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.workforce.persistence.AgentRepository;

@FrontlineIntegrationTest
class AgentRepositoryTest {

    @Autowired
    AgentRepository agents;
    @Autowired
    UserAccountRepository accounts;

    @Test
    void aProfileJoinsContractTeamLeadSiteAndSkills() {
        long agentId = accounts.findByUsername("agent.home").orElseThrow().agentId();
        AgentProfile profile = agents.findProfile(agentId).orElseThrow();
        assertThat(profile.teamName()).isEqualTo("Home team 1");
        assertThat(profile.teamLeadName()).isNotBlank().isNotEqualTo(profile.fullName());
        assertThat(profile.officeEligible()).isFalse();
        assertThat(profile.siteTimeZone()).isEqualTo("Europe/Warsaw");
        assertThat(profile.skills()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.proficiency()).isGreaterThan(0).isLessThanOrEqualTo(1));
        assertThat(profile.status()).isEqualTo(AgentStatus.ACTIVE);
    }

    @Test
    void anUnknownAgentHasNoProfile() {
        assertThat(agents.findProfile(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void headcountCountsOnlyThoseStillEmployed() {
        int headcount = agents.activeHeadcountBySiteAndTeam().stream().mapToInt(HeadcountRow::headcount).sum();
        long everEmployed = agents.findAll().size();
        long stillEmployed = agents.findAll().stream().filter(a -> a.status() != AgentStatus.LEFT).count();
        assertThat(headcount).isEqualTo((int) stillEmployed);
        assertThat(everEmployed).isGreaterThan(stillEmployed);
    }
}
