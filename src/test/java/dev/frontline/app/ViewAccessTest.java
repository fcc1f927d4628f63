package dev.frontline.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;

import dev.frontline.history.ui.PlannerOverviewView;
import dev.frontline.security.UserAccountRepository;
import dev.frontline.security.ui.LoginView;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.workforce.AgentProfile;
import dev.frontline.workforce.persistence.AgentRepository;
import dev.frontline.workforce.ui.AgentOverviewView;
import dev.frontline.workforce.ui.HrOverviewView;
import kotlin.jvm.functions.Function0;

/** In the views (Karibu-Testing, no browser): each role opens its own overview and nobody else's. */
@FrontlineIntegrationTest
class ViewAccessTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("dev.frontline");

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    AgentRepository agents;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() {
        UI.getCurrent().navigate("planner");
        assertThat(current()).isInstanceOf(LoginView.class);
    }

    @Test
    void plannerSeesVolumeChartAndOneRowPerQueue() {
        signIn("planner");
        UI.getCurrent().navigate("");
        assertThat(current()).isInstanceOf(PlannerOverviewView.class);
        _get(Chart.class, spec -> spec.withId("planner-volume-chart"));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("planner-last-week-grid"));
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(6);
    }

    @Test
    void hrSeesHeadcountByTeamAndSite() {
        signIn("hr.lead");
        UI.getCurrent().navigate("");
        assertThat(current()).isInstanceOf(HrOverviewView.class);
        String headcount = _get(Span.class, spec -> spec.withId("hr-kpi-headcount-value")).getText();
        assertThat(Integer.parseInt(headcount.replaceAll("\\D", ""))).isBetween(140, 152);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("hr-headcount-grid"));
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(12);
    }

    @Test
    void anAgentSeesTheirOwnProfileAndSkills() {
        signIn("agent.waw");
        UI.getCurrent().navigate("");
        assertThat(current()).isInstanceOf(AgentOverviewView.class);
        long agentId = accounts.findByUsername("agent.waw").orElseThrow().agentId();
        AgentProfile own = agents.findProfile(agentId).orElseThrow();
        assertThat(_get(Span.class, spec -> spec.withId("agent-name")).getText()).isEqualTo(own.fullName());
        assertThat(_get(Span.class, spec -> spec.withId("agent-employee-number")).getText())
                .isEqualTo(own.employeeNumber());
        @SuppressWarnings("unchecked")
        Grid<Object> skills = _get(Grid.class, spec -> spec.withId("agent-skills"));
        assertThat(skills.getGenericDataView().getItems().count()).isEqualTo(own.skills().size());
    }

    @Test
    void anAgentCannotOpenPlannerOrHrViews() {
        signIn("agent.ist");
        for (String route : List.of("planner", "hr")) {
            try {
                UI.getCurrent().navigate(route);
            } catch (RuntimeException refused) {
                // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
            }
            assertThat(current()).as(route).isNotInstanceOfAny(PlannerOverviewView.class, HrOverviewView.class);
            assertThat(_find(Chart.class)).as(route).isEmpty();
        }
    }

    @Test
    void hrCannotOpenThePlannerView() {
        signIn("hr.lead");
        try {
            UI.getCurrent().navigate("planner");
        } catch (RuntimeException refused) {
            // see above
        }
        assertThat(current()).isNotInstanceOf(PlannerOverviewView.class);
    }

    private static Component current() {
        return UI.getCurrent().getCurrentView();
    }

    /** Signs in through the application's own user details, as the login form would. */
    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
