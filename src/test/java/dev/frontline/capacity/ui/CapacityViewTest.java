package dev.frontline.capacity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.capacity.CapacityPlanSummary;
import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.StoredClass;
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

    @Test
    @SuppressWarnings("unchecked")
    void plannerChangesAndRemovesAClassAndANewLeverIsRefusedOnItsField() {
        UI.getCurrent().navigate("capacity");
        _get(Button.class, spec -> spec.withId("capacity-create")).click();

        NumberField home = _get(NumberField.class, spec -> spec.withId("capacity-what-if-home-share"));
        _get(TextField.class, spec -> spec.withId("capacity-what-if-name")).setValue("All at home and more");
        home.setValue(120.0);
        _get(Button.class, spec -> spec.withId("capacity-what-if-add")).click();
        assertThat(home.isInvalid()).isTrue();
        assertThat(home.getErrorMessage()).contains("120");
        home.clear();

        // the planner's own class, added on the page
        Select<String> queue = _get(Select.class, spec -> spec.withId("capacity-class-queue"));
        queue.setValue("BILLING_TR_VOICE");
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(6);
        _get(DatePicker.class, spec -> spec.withId("capacity-class-start")).setValue(monday.plusDays(1));
        _get(IntegerField.class, spec -> spec.withId("capacity-class-size")).setValue(6);
        _get(Button.class, spec -> spec.withId("capacity-class-add")).click();
        DatePicker start = _get(DatePicker.class, spec -> spec.withId("capacity-class-start"));
        assertThat(start.isInvalid()).as("a Tuesday is refused on the start field").isTrue();
        start.setValue(monday);
        _get(Button.class, spec -> spec.withId("capacity-class-add")).click();
        Grid<StoredClass> classes = _get(Grid.class, spec -> spec.withId("capacity-classes"));
        StoredClass mine = classes.getGenericDataView().getItems().filter(c -> !c.hiringClass().proposed()).findFirst()
                .orElseThrow();
        int count = (int) classes.getGenericDataView().getItems().count();
        assertThat(mine.weeksBelowWithout()).isNotNull();

        // changed: smaller, and its effect is shown beside the scenario's figures
        classes.select(mine);
        _get(IntegerField.class, spec -> spec.withId("capacity-class-size")).setValue(4);
        _get(Button.class, spec -> spec.withId("capacity-class-save")).click();
        classes = _get(Grid.class, spec -> spec.withId("capacity-classes"));
        StoredClass changed = classes.getGenericDataView().getItems().filter(c -> !c.hiringClass().proposed())
                .findFirst().orElseThrow();
        assertThat(changed.hiringClass().size()).isEqualTo(4);
        assertThat(changed.hiringClass().start()).isEqualTo(monday);

        classes.select(changed);
        _get(Button.class, spec -> spec.withId("capacity-class-remove")).click();
        classes = _get(Grid.class, spec -> spec.withId("capacity-classes"));
        assertThat(classes.getGenericDataView().getItems().count()).isEqualTo(count - 1);
        assertThat(classes.getGenericDataView().getItems().noneMatch(c -> !c.hiringClass().proposed())).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("capacity-shrinkage-notes")).getText()).contains("%");
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
        // the classes and their effects are there to read, their editor is not
        _get(Grid.class, spec -> spec.withId("capacity-classes"));
        assertThat(_find(Button.class, spec -> spec.withId("capacity-class-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("capacity-class-propose"))).isEmpty();
    }
}
