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
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import dev.frontline.history.ui.PlannerOverviewView;
import dev.frontline.security.persistence.UserAccountRepository;
import dev.frontline.security.ui.AdminUsersView;
import dev.frontline.security.ui.LoginView;
import dev.frontline.selfservice.schedule.ui.MyScheduleView;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;
import dev.frontline.workforce.AgentProfile;
import dev.frontline.workforce.persistence.AgentRepository;
import dev.frontline.workforce.ui.AgentOverviewView;
import dev.frontline.workforce.ui.AgentsView;
import dev.frontline.workforce.ui.AuditView;
import dev.frontline.workforce.ui.ContractsView;
import dev.frontline.workforce.ui.HrOverviewView;
import dev.frontline.workforce.ui.QueuesView;
import dev.frontline.workforce.ui.ShiftTemplatesView;
import dev.frontline.workforce.ui.SitesView;
import dev.frontline.workforce.ui.TeamsView;

/** In the views (Karibu-Testing, no browser): each role opens its own overview and nobody else's. */
@FrontlineIntegrationTest
class ViewAccessTest {

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
        KaribuSession.open(context);
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuSession.close();
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
        UI.getCurrent().navigate("hr");
        assertThat(current()).isInstanceOf(HrOverviewView.class);
        String headcount = _get(Span.class, spec -> spec.withId("hr-kpi-headcount-value")).getText();
        // about 150 agents, give or take the month's hires and leavers on the day the test runs
        assertThat(Integer.parseInt(headcount.replaceAll("\\D", ""))).isBetween(140, 160);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("hr-headcount-grid"));
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(12);
    }

    @Test
    void anAgentSeesTheirOwnProfileAndSkills() {
        signIn("agent.waw");
        UI.getCurrent().navigate("");
        assertThat(current()).isInstanceOf(MyScheduleView.class);
        UI.getCurrent().navigate("me/profile");
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
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // Karibu surfaces the access-denied error view as an exception (an Error since Karibu 2.7); either way nothing is shown
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
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // see above
        }
        assertThat(current()).isNotInstanceOf(PlannerOverviewView.class);
    }

    @Test
    void onlyPlannersOpenTheMasterDataScreens() {
        List<String> routes = List.of("sites", "queues", "teams", "agents", "contracts", "shift-templates", "audit");
        List<Class<? extends Component>> screens = List.of(SitesView.class, QueuesView.class, TeamsView.class,
                AgentsView.class, ContractsView.class, ShiftTemplatesView.class, AuditView.class);
        for (String user : List.of("agent.ist", "hr.lead")) {
            signIn(user);
            for (String route : routes) {
                try {
                    UI.getCurrent().navigate(route);
                } catch (RuntimeException | MockAccessDeniedException refused) {
                    // see above
                }
                assertThat(current()).as(user + " " + route).isNotInstanceOfAny(screens.toArray(Class[]::new));
                assertThat(_find(Button.class, spec -> spec.withText("Save"))).as(user + " " + route).isEmpty();
            }
        }
        signIn("planner");
        for (int i = 0; i < routes.size(); i++) {
            UI.getCurrent().navigate(routes.get(i));
            assertThat(current()).as(routes.get(i)).isInstanceOf(screens.get(i));
        }
    }

    @Test
    void onlyAdminsOpenUserAdministrationAndAdminsSeeNoCentreData() {
        for (String user : List.of("planner", "hr.lead", "agent.ist")) {
            signIn(user);
            try {
                UI.getCurrent().navigate("admin/users");
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // see above
            }
            assertThat(current()).as(user).isNotInstanceOf(AdminUsersView.class);
        }
        signIn("admin");
        UI.getCurrent().navigate("");
        assertThat(current()).isInstanceOf(AdminUsersView.class);
        for (String route : List.of("planner", "hr", "me", "agents")) {
            try {
                UI.getCurrent().navigate(route);
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // see above
            }
            assertThat(current()).as(route).isNotInstanceOfAny(PlannerOverviewView.class, HrOverviewView.class,
                    MyScheduleView.class, AgentsView.class);
        }
    }

    private static Component current() {
        return UI.getCurrent().getCurrentView();
    }

    private void signIn(String username) {
        KaribuSession.signIn(users, username);
    }
}
