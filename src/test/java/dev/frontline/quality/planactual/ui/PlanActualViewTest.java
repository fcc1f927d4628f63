package dev.frontline.quality.planactual.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import dev.frontline.quality.planactual.PlanActualPeriod;
import dev.frontline.quality.planactual.PlanQueue;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The plan-against-actual page over the demo centre, for HR and planners, closed to agents. */
@FrontlineIntegrationTest
class PlanActualViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void open() {
        KaribuSession.open(context);
    }

    @AfterEach
    void close() {
        KaribuSession.close();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PlanActualPeriod> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void hrSeesTwelveWeeksExplainedAndDrillsIntoADay() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate(PlanActualView.class);
        @SuppressWarnings("unchecked")
        Select<PlanQueue> queue = _get(Select.class, spec -> spec.withId("plan-actual-queue"));
        PlanQueue voice = queue.getListDataView().getItems().filter(q -> q.code().equals("BILLING_TR_VOICE")).findFirst().orElseThrow();
        queue.setValue(voice);

        Grid<PlanActualPeriod> weeks = grid("plan-actual-grid");
        assertThat(weeks.getGenericDataView().getItems().count()).isEqualTo(PlanActualView.DEFAULT_WEEKS);
        String headline = _get(Paragraph.class, spec -> spec.withId("plan-actual-headline")).getText();
        assertThat(headline).startsWith("Week of ").contains("Billing – Turkish – voice: service level ")
                .contains("against 80 %").contains(" forecast (").containsPattern("(cost|gained) [0-9.]+ points");
        java.util.List<String> row = GridKt._getFormattedRow(weeks, PlanActualView.DEFAULT_WEEKS - 1);
        assertThat(row.get(row.size() - 1)).startsWith("service level ").contains("forecast");
        _get(Chart.class, spec -> spec.withId("plan-actual-volume-chart"));
        _get(Chart.class, spec -> spec.withId("plan-actual-agents-chart"));
        _get(Anchor.class, spec -> spec.withId("plan-actual-csv"));

        PlanActualPeriod last = weeks.getGenericDataView().getItems().reduce((a, b) -> b).orElseThrow();
        GridKt._clickItem(weeks, (int) weeks.getGenericDataView().getItems().count() - 1);
        Grid<PlanActualPeriod> days = grid("plan-actual-days-grid");
        assertThat(days.getGenericDataView().getItems().count()).isEqualTo(7);
        assertThat(_get(H3.class, spec -> spec.withId("plan-actual-days-title")).getText()).contains("day by day");
        assertThat(_get(H3.class, spec -> spec.withId("plan-actual-day-title")).getText()).contains("interval by interval");
        _get(Chart.class, spec -> spec.withId("plan-actual-intervals-chart"));
        assertThat(last.first().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void aRangeTooLongIsRefusedInThePlannersWords() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate(PlanActualView.class);
        _get(DatePicker.class, spec -> spec.withId("plan-actual-from")).setValue(LocalDate.now().minusYears(1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-actual-message")).getText())
                .startsWith("The range covers").contains("choose at most 26 at a time");
    }

    @Test
    void anAgentCannotOpenThePage() {
        KaribuSession.signIn(users, "agent.ist");
        try {
            UI.getCurrent().navigate("plan-vs-actual");
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(PlanActualView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("plan-actual-grid"))).isEmpty();
    }
}
