package dev.frontline.staffing.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.frontline.db.Tables.SHRINKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;

import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.staffing.DaySimulation;
import dev.frontline.staffing.ErlangCalculator;
import dev.frontline.staffing.ForecastFixture;
import dev.frontline.staffing.StaffingQueue;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The Erlang calculator, requirement and shrinkage views through Karibu-Testing, on the demo centre. */
@FrontlineIntegrationTest
class StaffingViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    ForecastFixture fixture;

    @BeforeEach
    void setUpVaadin() {
        fixture = new ForecastFixture(ctx);
        KaribuSession.open(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSession.close();
        fixture.cleanUp();
    }

    @Test
    void calculatorGivesTheReferenceRowForValidInput() {
        signIn("planner");
        UI.getCurrent().navigate("erlang");
        number("erlang-calls", 400);
        _setValue(select("erlang-period"), 30);
        number("erlang-aht", 257);
        number("erlang-sl-percent", 80);
        number("erlang-sl-seconds", 20);
        number("erlang-max-occupancy", 85);
        number("erlang-shrinkage", 30);
        _click(_get(Button.class, spec -> spec.withId("erlang-calculate")));

        @SuppressWarnings("unchecked")
        Grid<ErlangCalculator.Row> table = _get(Grid.class, spec -> spec.withId("erlang-table"));
        List<ErlangCalculator.Row> rows = table.getGenericDataView().getItems().toList();
        ErlangCalculator.Row required = rows.stream().filter(ErlangCalculator.Row::required).findFirst().orElseThrow();
        assertThat(required.agents()).isEqualTo(68);
        assertThat(required.scheduled()).isEqualTo(97.0);
        assertThat(rows).extracting(ErlangCalculator.Row::agents).contains(58, 67, 68, 69, 70);
        assertThat(text("erlang-kpi-agents-value")).isEqualTo("68");
        assertThat(text("erlang-kpi-scheduled-value")).isEqualTo("97");
        assertThat(_get(Paragraph.class, spec -> spec.withId("erlang-explanation")).getText())
                .contains("68 agents: Erlang C, 400 calls per 30 min, AHT 257 s").contains("exceed the occupancy cap");
    }

    @Test
    void calculatorMarksBadInputOnTheFieldAndShowsNoFigures() {
        signIn("planner");
        UI.getCurrent().navigate("erlang");
        number("erlang-aht", 0);
        _click(_get(Button.class, spec -> spec.withId("erlang-calculate")));
        NumberField aht = _get(NumberField.class, spec -> spec.withId("erlang-aht"));
        assertThat(aht.isInvalid()).isTrue();
        assertThat(aht.getErrorMessage()).isEqualTo("Must be greater than 0");
        assertNoFigures();

        number("erlang-aht", 257);
        _setValue(_get(NumberField.class, spec -> spec.withId("erlang-calls")), null);
        _click(_get(Button.class, spec -> spec.withId("erlang-calculate")));
        assertThat(_get(NumberField.class, spec -> spec.withId("erlang-calls")).getErrorMessage()).isEqualTo("Enter a number");
        assertNoFigures();

        // Erlang A without patience is refused on the patience field
        number("erlang-calls", 400);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("erlang-model-a")), true);
        _click(_get(Button.class, spec -> spec.withId("erlang-calculate")));
        NumberField patience = _get(NumberField.class, spec -> spec.withId("erlang-patience"));
        assertThat(patience.isInvalid()).isTrue();
        assertThat(patience.getErrorMessage()).isEqualTo("Erlang A needs the callers patience");
        assertNoFigures();

        // shrinkage of 100 % leaves no time for contacts
        number("erlang-patience", 60);
        number("erlang-shrinkage", 100);
        _click(_get(Button.class, spec -> spec.withId("erlang-calculate")));
        NumberField shrinkage = _get(NumberField.class, spec -> spec.withId("erlang-shrinkage"));
        assertThat(shrinkage.isInvalid()).isTrue();
        assertThat(shrinkage.getErrorMessage()).isEqualTo("Must be at least 0 and below 100");
        assertNoFigures();

        // corrected, the figures come back (Erlang A with 60 s patience needs no more agents than Erlang C's 68)
        number("erlang-shrinkage", 30);
        _click(_get(Button.class, spec -> spec.withId("erlang-calculate")));
        assertThat(Integer.parseInt(text("erlang-kpi-agents-value"))).isBetween(55, 68);
    }

    private void assertNoFigures() {
        @SuppressWarnings("unchecked")
        Grid<Object> table = _get(Grid.class, spec -> spec.withId("erlang-table"));
        assertThat(table.getGenericDataView().getItems().count()).isZero();
        assertThat(_find(Span.class, spec -> spec.withId("erlang-kpi-agents-value"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("erlang-explanation")).getText()).isEmpty();
    }

    @Test
    void requirementViewComputesChartsExplainsAndSimulatesADay() {
        signIn("planner");
        LocalDate monday = ForecastFixture.nextMonday();
        fixture.oneDay("BILLING_TR_VOICE", monday, LocalTime.of(8, 0), LocalTime.of(20, 0), ForecastFixture.bell(48, 150), 285);
        UI.getCurrent().navigate("requirements");
        Select<StaffingQueue> queue = select("req-queue");
        _setValue(queue, queue.getListDataView().getItems().filter(q -> q.code().equals("BILLING_TR_VOICE")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("req-compute")));
        KaribuSession.awaitUi("background job finished", Duration.ofSeconds(60), () -> _get(Paragraph.class, spec -> spec.withId("req-message")).getText().contains("saved"));

        assertThat(select("req-version").getValue()).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("req-fresh")).getText()).startsWith("Up to date");
        Chart chart = _get(Chart.class, spec -> spec.withId("req-chart"));
        assertThat(chart.isVisible()).isTrue();
        assertThat(text("req-kpi-peak-value")).matches("\\d+");

        _fireEvent(chart, new Chart.ClickEvent(chart, true, "Required agents", "14:00", 0));
        String title = _get(H3.class, spec -> spec.withId("req-why-title")).getText();
        assertThat(title).matches("Why \\d+ agents at 14:00");
        String agents = title.replaceAll("\\D*(\\d+) agents.*", "$1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("req-why-sentence")).getText())
                .startsWith(agents + " agents at Mon").contains("Erlang C");
        assertThat(_get(Paragraph.class, spec -> spec.withId("req-why-binding")).getText())
                .startsWith((Integer.parseInt(agents) - 1) + " agents would ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("req-why-formula")).getText()).contains("Erlang");

        _click(_get(Button.class, spec -> spec.withId("req-simulate")));
        KaribuSession.awaitUi("background job finished", Duration.ofSeconds(60), () -> !_find(Grid.class, spec -> spec.withId("req-simulation-grid")).isEmpty());
        @SuppressWarnings("unchecked")
        Grid<DaySimulation.Row> grid = _get(Grid.class, spec -> spec.withId("req-simulation-grid"));
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(48);
        assertThat(_get(Paragraph.class, spec -> spec.withId("req-simulation-summary")).getText()).contains("20 replications").contains("±");
    }

    @Test
    void requirementViewSaysWhenAQueueHasNoForecastYet() {
        // the demo centre forecasts every queue, so the test brings a queue of its own
        long skill = ctx.insertInto(dev.frontline.db.Tables.SKILL).set(dev.frontline.db.Tables.SKILL.CODE, "NO_FORECAST")
                .set(dev.frontline.db.Tables.SKILL.NAME, "No forecast").returning(dev.frontline.db.Tables.SKILL.ID)
                .fetchSingle(dev.frontline.db.Tables.SKILL.ID);
        var q = dev.frontline.db.Tables.QUEUE;
        long queueId = ctx.insertInto(q).set(q.CODE, "NO_FORECAST_VOICE").set(q.NAME, "No forecast – voice")
                .set(q.CHANNEL, dev.frontline.db.enums.ChannelType.VOICE).set(q.LANGUAGE, "en").set(q.SKILL_ID, skill)
                .set(q.TIME_ZONE, "Europe/London").set(q.COUNTRY_CODE, "GB")
                .set(q.SL_TARGET_PERCENT, java.math.BigDecimal.valueOf(80)).set(q.SL_THRESHOLD_SECONDS, 20)
                .returning(q.ID).fetchSingle(q.ID);
        try {
            signIn("planner");
            UI.getCurrent().navigate("requirements");
            Select<StaffingQueue> queue = select("req-queue");
            _setValue(queue, queue.getGenericDataView().getItems().filter(s -> s.id() == queueId).findFirst().orElseThrow());
            assertThat(_get(Paragraph.class, spec -> spec.withId("req-message")).getText()).startsWith("No forecast version");
            assertThat(_get(Button.class, spec -> spec.withId("req-compute")).isEnabled()).isFalse();
        } finally {
            ctx.deleteFrom(q).where(q.ID.eq(queueId)).execute();
            ctx.deleteFrom(dev.frontline.db.Tables.SKILL).where(dev.frontline.db.Tables.SKILL.ID.eq(skill)).execute();
        }
    }

    @Test
    void shrinkageEditorRefusesATotalOfHundredAndShowsWhereValuesComeFrom() {
        signIn("planner");
        UI.getCurrent().navigate("shrinkage");
        Select<ShrinkageView.Scope> scope = select("shrink-scope");
        _setValue(scope, scope.getListDataView().getItems()
                .filter(s -> s.queue() != null && s.queue().code().equals("BILLING_TR_VOICE")).findFirst().orElseThrow());
        assertThat(text("shrink-effective-mon")).contains("no row");

        number("shrink-planned-tue", 70);
        number("shrink-unplanned-tue", 30);
        _click(_get(Button.class, spec -> spec.withId("shrink-save")));
        NumberField unplanned = _get(NumberField.class, spec -> spec.withId("shrink-unplanned-tue"));
        assertThat(unplanned.isInvalid()).isTrue();
        assertThat(unplanned.getErrorMessage()).startsWith("Tuesday: planned + unplanned is 100");
        assertThat(ctx.fetchCount(SHRINKAGE)).isZero();

        _setValue(_get(NumberField.class, spec -> spec.withId("shrink-planned-tue")), null);
        _setValue(unplanned, null);
        number("shrink-planned-all", 22);
        number("shrink-unplanned-all", 8);
        number("shrink-planned-mon", 25);
        number("shrink-unplanned-mon", 10);
        _click(_get(Button.class, spec -> spec.withId("shrink-save")));
        assertThat(text("shrink-effective-mon")).startsWith("35").endsWith("this queue on this day");
        assertThat(text("shrink-effective-tue")).startsWith("30").endsWith("this queue, every day");
        assertThat(ctx.fetchCount(SHRINKAGE)).isEqualTo(2);
    }

    @Test
    void agentsAndHrCannotOpenTheStaffingViews() {
        for (String user : List.of("agent.home", "hr.lead")) {
            signIn(user);
            for (String route : List.of("erlang", "requirements", "shrinkage")) {
                try {
                    UI.getCurrent().navigate(route);
                } catch (RuntimeException | MockAccessDeniedException refused) {
                    // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
                }
                assertThat(current()).as(user + " " + route)
                        .isNotInstanceOfAny(ErlangCalculatorView.class, RequirementView.class, ShrinkageView.class);
            }
        }
    }

    private static void number(String id, double value) {
        _setValue(_get(NumberField.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static Component current() {
        return UI.getCurrent().getCurrentView();
    }

    private void signIn(String username) {
        KaribuSession.signIn(users, username);
    }
}
