package dev.frontline.quality.speed.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;

import dev.frontline.attrition.ui.AttritionHomeView;
import dev.frontline.quality.speed.SpeedQualityFixture;
import dev.frontline.quality.speed.TeamRef;
import dev.frontline.quality.speed.engine.AgentResult;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The speed-and-quality page for HR and planners, the agent's own figures, and the quality headline on HR's home. */
@FrontlineIntegrationTest
class SpeedQualityViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    private SpeedQualityFixture fixture;

    @BeforeEach
    void open() {
        fixture = new SpeedQualityFixture(ctx);
        fixture.write();
        KaribuSession.open(context);
    }

    @AfterEach
    void close() {
        KaribuSession.close();
        fixture.remove();
    }

    private static Component current() {
        return UI.getCurrent().getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void hrFollowsTheHomePageLinkToATeamsScatterFlagsAndGrid() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate("");
        assertThat(current()).isInstanceOf(AttritionHomeView.class);
        _get(QualityHeadlinePanel.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("quality-link-plan-actual")).getHref()).isEqualTo("plan-vs-actual");
        // the fixture's March 2019 is the last recorded month unless generated figures are newer
        assertThat(_find(Span.class, spec -> spec.withId("quality-kpi-qa-value"))).hasSize(1);
        _get(Chart.class, spec -> spec.withId("quality-headline-trend"));

        UI.getCurrent().navigate(_get(RouterLink.class, spec -> spec.withId("quality-link-speed")).getHref());
        assertThat(current()).isInstanceOf(SpeedQualityView.class);
        assertThat(grid("speed-teams-grid").getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(12);

        @SuppressWarnings("unchecked")
        Select<TeamRef> team = _get(Select.class, spec -> spec.withId("speed-team"));
        _get(DatePicker.class, spec -> spec.withId("speed-from")).setValue(SpeedQualityFixture.FROM);
        _get(DatePicker.class, spec -> spec.withId("speed-to")).setValue(SpeedQualityFixture.TO);
        team.setValue(team.getListDataView().getItems().filter(t -> t.code().equals("IST-1")).findFirst().orElseThrow());

        Grid<AgentResult> agents = grid("speed-agents-grid");
        assertThat(agents.getGenericDataView().getItems().map(a -> ((AgentResult) a).agentId()).toList())
                .containsAll(fixture.agents);
        List<Paragraph> flags = _find(Paragraph.class, spec -> spec.withClasses("speed-flag"));
        assertThat(flags).hasSize(2);
        Paragraph fast = _get(Paragraph.class, spec -> spec.withId("speed-flag-" + fixture.employeeNumbers.get(1)));
        assertThat(fast.getText()).contains("AHT 180 s").contains("below the team median")
                .contains("QA 68, below the team's band 82–86 (13 evaluations)");
        assertThat(fast.getClassNames()).contains("speed-flag-fast");
        assertThat(_get(Paragraph.class, spec -> spec.withId("speed-flag-" + fixture.employeeNumbers.get(2))).getText())
                .contains("above the team median");
        assertThat(_get(Paragraph.class, spec -> spec.withId("speed-bands")).getText()).contains("82.0–86.0");

        // the scatter: one point per agent with enough data, the two flagged ones apart, and the frontier line
        var option = _get(Chart.class, spec -> spec.withId("speed-scatter")).getElement().getPropertyRaw("option");
        String json = String.valueOf(option);
        assertThat(json).contains("\"type\":\"scatter\"").contains("\"type\":\"line\"").contains("Team frontier")
                .contains("Speed bought with quality");
        _get(Chart.class, spec -> spec.withId("speed-trend-chart"));
        _get(Anchor.class, spec -> spec.withId("speed-agents-csv"));
        // nine columns fit a 1280 px screen; the employee number, evaluations, CES and responses wait in the chooser
        assertThat(agents.getColumns().stream().filter(Grid.Column::isVisible).count()).isEqualTo(9);
        _get(Button.class, spec -> spec.withId("speed-agents-columns"));

        // the "not enough data" agent says why in the grid
        AgentsPanel panel = _get(AgentsPanel.class);
        AgentResult few = agents.getGenericDataView().getItems().map(a -> (AgentResult) a)
                .filter(a -> a.agentId() == fixture.agents.get(3)).findFirst().orElseThrow();
        assertThat(panel.flag(few)).isEqualTo("Not enough data");
        assertThat(panel.why(few)).contains("not enough data").contains("2 QA evaluations");

        // picking an agent shows their months against the team's band; switching to FCR redraws the scatter
        agents.select(few);
        assertThat(_get(Chart.class, spec -> spec.withId("speed-agent-trend-chart")).isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Select<Measure> measure = _get(Select.class, spec -> spec.withId("speed-measure"));
        measure.setValue(Measure.FCR);
        assertThat(String.valueOf(_get(Chart.class, spec -> spec.withId("speed-scatter")).getElement()
                .getPropertyRaw("option"))).contains("\"name\":\"FCR\"");
    }

    @Test
    void aBackwardsPeriodIsRefusedOnTheField() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate(SpeedQualityView.class);
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("speed-to"));
        _get(DatePicker.class, spec -> spec.withId("speed-from")).setValue(SpeedQualityFixture.TO);
        to.setValue(SpeedQualityFixture.FROM);
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("731");
    }

    @Test
    void anAgentSeesOwnFiguresAgainstTheTeamsRangeAndNoColleague() {
        KaribuSession.signIn(users, "agent.ist");
        UI.getCurrent().navigate("me/kpis");
        assertThat(current()).isInstanceOf(MyKpisView.class);
        // the agent's menu (built from the @Menu entries the user may open) links the page
        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries().stream()
                .map(com.vaadin.flow.server.menu.MenuEntry::path).toList()).anyMatch(p -> p.endsWith("me/kpis"));
        for (Measure m : Measure.values()) {
            _get(Span.class, spec -> spec.withId("my-kpi-" + m.parameter() + "-value"));
            _get(Span.class, spec -> spec.withId("my-kpi-" + m.parameter() + "-range"));
        }
        _get(Chart.class, spec -> spec.withId("my-kpis-trend"));
        String page = current().getElement().getOuterHTML();
        List<String> colleagues = fixture.agents.subList(1, fixture.agents.size()).stream()
                .map(id -> ctx.select(dev.frontline.db.Tables.AGENT.LAST_NAME).from(dev.frontline.db.Tables.AGENT)
                        .where(dev.frontline.db.Tables.AGENT.ID.eq(id)).fetchSingle(dev.frontline.db.Tables.AGENT.LAST_NAME))
                .toList();
        for (String number : fixture.employeeNumbers.subList(1, fixture.employeeNumbers.size())) {
            assertThat(page).doesNotContain(number);
        }
        // a colleague's surname may be the agent's own too; the others must not appear
        String own = ctx.select(dev.frontline.db.Tables.AGENT.LAST_NAME).from(dev.frontline.db.Tables.AGENT)
                .where(dev.frontline.db.Tables.AGENT.ID.eq(fixture.agents.getFirst()))
                .fetchSingle(dev.frontline.db.Tables.AGENT.LAST_NAME);
        colleagues.stream().filter(n -> !n.equals(own)).forEach(n -> assertThat(page).doesNotContain(n));
    }

    @Test
    void agentsCannotOpenTheSpeedAndQualityPageAndHrHasNoOwnFigures() {
        KaribuSession.signIn(users, "agent.ist");
        try {
            UI.getCurrent().navigate("speed-quality");
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // Karibu surfaces the access-denied page as an exception; either way nothing is shown
        }
        assertThat(current()).isNotInstanceOf(SpeedQualityView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("speed-agents-grid"))).isEmpty();

        KaribuSession.signIn(users, "hr.lead");
        try {
            UI.getCurrent().navigate("me/kpis");
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // as above
        }
        assertThat(current()).isNotInstanceOf(MyKpisView.class);
    }
}
