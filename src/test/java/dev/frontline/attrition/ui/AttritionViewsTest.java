package dev.frontline.attrition.ui;

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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;

import dev.frontline.attrition.AttritionService;
import dev.frontline.attrition.engine.Dimension;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The attrition pages over the demo centre, as HR and planners see them, and closed to agents. */
@FrontlineIntegrationTest
class AttritionViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    AttritionService attrition;

    @BeforeEach
    void open() {
        KaribuSession.open(context);
    }

    @AfterEach
    void close() {
        KaribuSession.close();
    }

    private static Component current() {
        return UI.getCurrent().getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void hrLandsOnTheAttritionHomeWithHeadlineFiguresTrendAndLinks() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate("");

        assertThat(current()).isInstanceOf(AttritionHomeView.class);
        String headcount = _get(Span.class, spec -> spec.withId("attrition-kpi-headcount-value")).getText();
        // 140–152 generated agents plus the new-hire class of 6 in onboarding
        assertThat(Integer.parseInt(headcount.replaceAll("\\D", ""))).isBetween(140, 158);
        String exits = _get(Span.class, spec -> spec.withId("attrition-kpi-exits-value")).getText();
        assertThat(Integer.parseInt(exits.replaceAll("\\D", ""))).isBetween(10, 50);
        _get(Chart.class, spec -> spec.withId("attrition-trend-chart"));
        // one row per complete month since the records start (other tests may add agents, so ask the service)
        var overview = attrition.overview();
        long months = java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.from(overview.recordsFrom()),
                java.time.YearMonth.from(overview.asOf()));
        assertThat(months).isGreaterThanOrEqualTo(23);
        assertThat(grid("attrition-trend-grid").getGenericDataView().getItems().count()).isEqualTo(months);
        _get(Anchor.class, spec -> spec.withId("attrition-trend-csv"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("attrition-turnover-trend")).getText())
                .startsWith("The twelve months before:");

        UI.getCurrent().navigate(_get(RouterLink.class, spec -> spec.withId("attrition-link-survival")).getHref());
        assertThat(current()).isInstanceOf(SurvivalView.class);
    }

    @Test
    void survivalDrawsACurvePerLargeGroupAndNamesTheGroupsTooSmall() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate(SurvivalView.class);

        assertThat(grid("survival-grid").getGenericDataView().getItems().count()).isPositive();
        assertThat(_get(Paragraph.class, spec -> spec.withId("survival-logrank")).getText()).startsWith("Log-rank test: χ² =");

        @SuppressWarnings("unchecked")
        Select<Dimension> by = _get(Select.class, spec -> spec.withId("survival-by"));
        by.setValue(Dimension.TEAM);
        // the demo's twelve teams (and any team other tests added): each has a curve or says why not
        int teams = attrition.survival(Dimension.TEAM).groups().size();
        assertThat(teams).isGreaterThanOrEqualTo(12);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("survival-verdict")).size()
                + grid("survival-grid").getGenericDataView().getItems()
                        .map(r -> ((SurvivalView.Row) r).group()).distinct().count()).isEqualTo(teams);

        by.setValue(Dimension.WORK_LOCATION);
        List<Object> groups = grid("survival-grid").getGenericDataView().getItems()
                .map(r -> (Object) ((SurvivalView.Row) r).group()).distinct().toList();
        assertThat(groups).contains("HOME", "HYBRID");
    }

    @Test
    void exitsAndForecastShowTheirNumbersInGrids() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate(ExitsView.class);
        assertThat(grid("exits-reason-grid").getGenericDataView().getItems().count()).isPositive();
        assertThat(grid("exits-hazard-grid").getGenericDataView().getItems().count()).isEqualTo(6);
        assertThat(grid("exits-early-grid").getGenericDataView().getItems().count()).isPositive();
        _get(Anchor.class, spec -> spec.withId("exits-hazard-csv"));

        UI.getCurrent().navigate(LeaverForecastView.class);
        // the centre and each site (two in the demo), 18 months each
        int sites = attrition.forecast(Dimension.SITE, 18).byGroup().size();
        assertThat(sites).isGreaterThanOrEqualTo(2);
        assertThat(grid("forecast-grid").getGenericDataView().getItems().count()).isEqualTo((1 + sites) * 18L);
        assertThat(_get(Paragraph.class, spec -> spec.withId("forecast-summary")).getText()).contains("leavers expected over 18 months");
    }

    @Test
    void anAgentCannotOpenTheAttritionPages() {
        KaribuSession.signIn(users, "agent.ist");
        for (String route : List.of("attrition", "attrition/survival", "attrition/exits", "attrition/forecast")) {
            try {
                UI.getCurrent().navigate(route);
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
            }
            assertThat(current()).as(route).isNotInstanceOfAny(AttritionHomeView.class, SurvivalView.class,
                    ExitsView.class, LeaverForecastView.class);
            assertThat(_find(Chart.class)).as(route).isEmpty();
        }
    }
}
