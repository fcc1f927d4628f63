package dev.frontline.capacity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.capacity.CapacityPlanSummary;
import dev.frontline.capacity.CapacityService;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The capacity page: a planner makes a plan, compares a what-if with the baseline and chooses it; HR only reads. */
@FrontlineIntegrationTest
class CapacityViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    CapacityService capacity;

    private Set<Long> before;

    @BeforeEach
    void open() {
        KaribuSession.open(context);
        KaribuSession.signIn(users, "planner");
        before = capacity.plans().stream().map(CapacityPlanSummary::id).collect(Collectors.toSet());
    }

    @AfterEach
    void close() {
        KaribuSession.signIn(users, "planner");
        capacity.plans().stream().filter(p -> !before.contains(p.id())).forEach(p -> capacity.deletePlan(p.id()));
        KaribuSession.close();
    }

    @Test
    void plannerComparesAWhatIfWithTheBaselineAndChoosesIt() {
        UI.getCurrent().navigate("capacity");
        _get(Button.class, spec -> spec.withId("capacity-create")).click();
        Grid<?> scenarios = _get(Grid.class, spec -> spec.withId("capacity-scenarios"));
        assertThat(scenarios.getColumns()).hasSize(2);
        _get(Chart.class, spec -> spec.withId("capacity-chart"));
        assertThat(_get(Grid.class, spec -> spec.withId("capacity-grid")).getGenericDataView().getItems().count())
                .isEqualTo(52);

        // a goal above 100 % is refused on its own field
        _get(TextField.class, spec -> spec.withId("capacity-what-if-name")).setValue("Too good");
        NumberField sl = _get(NumberField.class, spec -> spec.withId("capacity-what-if-sl"));
        sl.setValue(101.0);
        _get(Button.class, spec -> spec.withId("capacity-what-if-add")).click();
        assertThat(sl.isInvalid()).isTrue();
        assertThat(sl.getErrorMessage()).contains("101");
        sl.clear();

        _get(TextField.class, spec -> spec.withId("capacity-what-if-name")).setValue("Busier year");
        _get(NumberField.class, spec -> spec.withId("capacity-what-if-volume")).setValue(10.0);
        _get(Button.class, spec -> spec.withId("capacity-what-if-add")).click();
        scenarios = _get(Grid.class, spec -> spec.withId("capacity-scenarios"));
        assertThat(scenarios.getColumns()).hasSize(3);
        assertThat(header(scenarios, 2)).isEqualTo("Busier year");

        long planId = capacity.plans().stream().filter(p -> !before.contains(p.id())).findFirst().orElseThrow().id();
        long whatIf = capacity.scenarios(planId).stream().filter(s -> s.name().equals("Busier year")).findFirst()
                .orElseThrow().id();
        _get(Button.class, spec -> spec.withId("capacity-apply-" + whatIf)).click();
        assertThat(capacity.plan(planId).appliedScenarioId()).isEqualTo(whatIf);
        assertThat(header(_get(Grid.class, spec -> spec.withId("capacity-scenarios")), 2)).isEqualTo("Busier year (chosen)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("capacity-status")).getText()).startsWith("Up to date");
    }

    private static String header(Grid<?> grid, int column) {
        return grid.getHeaderRows().getFirst().getCell(grid.getColumns().get(column)).getText();
    }

    @Test
    void hrReadsThePlanWithoutAnyControl() {
        capacity.createPlan("HR reading test " + System.nanoTime(), 52);
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate("capacity");
        assertThat(_get(Grid.class, spec -> spec.withId("capacity-scenarios")).getColumns()).hasSizeGreaterThanOrEqualTo(2);
        // Karibu finds only what the user can see
        assertThat(_find(Button.class, spec -> spec.withId("capacity-create"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("capacity-what-if"))).isEmpty();
        List<Button> applies = _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("capacity-apply-")).toList();
        assertThat(applies).isEmpty();
    }
}
