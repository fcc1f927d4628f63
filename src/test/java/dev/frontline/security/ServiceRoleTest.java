package dev.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import dev.frontline.history.VolumeOverviewService;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.workforce.WorkforceService;

/** Services check roles themselves, so no view or endpoint can hand data to the wrong role by mistake. */
@FrontlineIntegrationTest
class ServiceRoleTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    VolumeOverviewService volumes;
    @Autowired
    WorkforceService workforce;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyPlannersReadContactVolumes() {
        signIn("planner");
        assertThat(volumes.recentWeeks(2).isEmpty()).isFalse();
        for (String user : new String[] {"hr.lead", "agent.ist"}) {
            signIn(user);
            assertThatThrownBy(() -> volumes.recentWeeks(2)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void agentsCannotListTheWorkforce() {
        signIn("agent.ist");
        assertThatThrownBy(() -> workforce.allAgents()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workforce.activeHeadcount()).isInstanceOf(AccessDeniedException.class);
        assertThat(workforce.myProfile().id()).isEqualTo(((FrontlineUser) users.loadUserByUsername("agent.ist"))
                .agentId().orElseThrow());
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
