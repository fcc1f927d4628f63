package dev.frontline.forecast.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.BACKGROUND_JOB;
import static dev.frontline.db.Tables.REQUIREMENT_VERSION;
import static dev.frontline.db.Tables.SPECIAL_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import dev.frontline.forecast.ForecastQueue;
import dev.frontline.forecast.ForecastRunRequest;
import dev.frontline.forecast.ForecastRunService;
import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.forecast.engine.AdjustmentType;
import dev.frontline.forecast.persistence.ForecastAdjustmentRepository;
import dev.frontline.forecast.persistence.ForecastVersionRepository;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

import tools.jackson.databind.JsonNode;

/** The forecast view in Karibu: a background run with progress and push, a stopped run, and adjustment checks. */
@FrontlineIntegrationTest
class ForecastViewTest {

    private static final String QUEUE = "BILLING_TR_VOICE";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ForecastRunService runs;
    @Autowired
    ForecastVersionRepository versionRows;
    @Autowired
    ForecastAdjustmentRepository adjustmentRows;
    @Autowired
    DSLContext db;

    private final List<Long> createdVersions = new ArrayList<>();

    @BeforeEach
    void setUpVaadin() {
        KaribuSession.open(context);
        signIn("planner");
    }

    @AfterEach
    void tearDown() {
        db.deleteFrom(FORECAST_VERSION).where(FORECAST_VERSION.ID.in(createdVersions)).execute();
        KaribuSession.close();
    }

    @Test
    void aRunGoesToTheBackgroundReportsProgressAndShowsTheSavedVersion() {
        UI.getCurrent().navigate("forecast");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ForecastView.class);
        ForecastQueue queue = chooseQueue(QUEUE);
        int before = versionRows.versionsOf(queue.id()).size();
        LocalDate start = queue.defaultStart().minusWeeks(1);

        _setValue(_get(DatePicker.class, spec -> spec.withId("forecast-start")), start);
        _setValue(select("forecast-horizon"), 1);
        _setValue(select("forecast-grain"), 60);
        _click(_get(Button.class, spec -> spec.withId("forecast-run")));

        // the run is in the background: the page shows progress and a stop button until the push arrives
        assertThat(_get(Button.class, spec -> spec.withId("forecast-stop")).isVisible()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("forecast-run")).isEnabled()).isFalse();
        KaribuSession.awaitUi("the background run reported back", Duration.ofSeconds(120), () -> !status().isEmpty());

        assertThat(status()).startsWith("Saved as version");
        List<ForecastVersionSummary> after = versionRows.versionsOf(queue.id());
        assertThat(after).hasSize(before + 1);
        ForecastVersionSummary saved = after.get(0);
        createdVersions.add(saved.id());
        assertThat(saved.horizonStart()).isEqualTo(start);
        assertThat(saved.grainMinutes()).isEqualTo(60);
        // the method in words, not its code
        String methodInWords = ForecastTexts.model(saved.method(), java.util.Locale.ENGLISH);
        assertThat(methodInWords).isNotEqualTo(saved.method());
        assertThat(status()).isEqualTo("Saved as version " + saved.id() + ": " + methodInWords + ".");
        assertThat(_find(Button.class, spec -> spec.withId("forecast-stop"))).as("stop button hidden again").isEmpty();

        @SuppressWarnings("unchecked")
        Grid<ForecastVersionSummary> versions = _get(Grid.class, spec -> spec.withId("forecast-versions"));
        assertThat(versions.asSingleSelect().getValue().id()).isEqualTo(saved.id());
        @SuppressWarnings("unchecked")
        Grid<Object> scores = _get(Grid.class, spec -> spec.withId("forecast-scores"));
        assertThat(scores.getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(7);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("forecast-chosen-model")).getText())
                .startsWith("The engine ").contains(methodInWords).doesNotContain(" " + saved.method() + ":");
        assertThat(_get(com.vaadin.flow.component.html.Pre.class, spec -> spec.withId("forecast-explanation")).getText())
                .contains("Model: " + ForecastTexts.method(saved.method().startsWith("ensemble") ? "ensemble" : saved.method(),
                        java.util.Locale.ENGLISH));
        // the selection's decision, rendered from the bundle: which simple baseline was kept or beaten, and why
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("forecast-selection-decision")).getText())
                .matches("(Chose|Kept the simple baseline|Used) \\S+.+\\.");
        // a past start: actuals exist, so the accuracy of the version is shown
        assertThat(_get(Span.class, spec -> spec.withId("forecast-accuracy-wape-value")).getText()).endsWith("%");

        Chart chart = _get(Chart.class, spec -> spec.withId("forecast-chart"));
        String firstForecastCategory = forecastCategory(chart);
        ComponentUtil.fireEvent(chart, new Chart.ClickEvent(chart, true, "Model forecast", firstForecastCategory, 1));
        String explanation = _get(Div.class, spec -> spec.withId("forecast-point")).getText();
        assertThat(explanation).contains(firstForecastCategory).contains(methodInWords).contains("80 % interval")
                .contains("No adjustment applies here").contains("Actually offered");
        // every time says its zone: interval times in the queue's, when the version was made in the user's
        String zone = queue(QUEUE).zone().getId();
        assertThat(explanation).contains("(" + zone + ")");
        assertThat(chart.getElement().getPropertyRaw("option").toString()).contains("times in " + zone);
        assertThat(_get(Paragraph.class, spec -> spec.withId("forecast-summary")).getText())
                .contains("(" + java.time.ZoneId.systemDefault().getId() + ")");
        assertThat(_get(TimePicker.class, spec -> spec.withId("forecast-adjust-from")).getHelperText()).contains(zone);
    }

    @Test
    void stoppingARunSavesNothingAndSaysSo() {
        UI.getCurrent().navigate("forecast");
        ForecastQueue queue = chooseQueue(QUEUE);
        int before = versionRows.versionsOf(queue.id()).size();
        _click(_get(Button.class, spec -> spec.withId("forecast-run")));
        _click(_get(Button.class, spec -> spec.withId("forecast-stop")));
        KaribuSession.awaitUi("the background run reported back", Duration.ofSeconds(120), () -> !status().isEmpty());
        assertThat(status()).isEqualTo("The forecast was stopped. Nothing was saved.");
        assertThat(versionRows.versionsOf(queue.id())).hasSize(before);
        assertThat(_get(Button.class, spec -> spec.withId("forecast-run")).isEnabled()).isTrue();
    }

    @Test
    void aBadAdjustmentIsShownOnItsFieldAndNothingIsWritten() {
        LocalDate start = queue(QUEUE).defaultStart();
        ForecastVersionSummary version = runs.runNow(new ForecastRunRequest(QUEUE, null, 1, 30), Progress.NONE,
                Cancellation.NONE);
        createdVersions.add(version.id());
        UI.getCurrent().navigate("forecast");
        chooseQueue(QUEUE);
        @SuppressWarnings("unchecked")
        Grid<ForecastVersionSummary> versions = _get(Grid.class, spec -> spec.withId("forecast-versions"));
        assertThat(versions.asSingleSelect().getValue().id()).isEqualTo(version.id());
        int before = adjustmentRows.count();

        DatePicker date = _get(DatePicker.class, spec -> spec.withId("forecast-adjust-date"));
        NumberField value = _get(NumberField.class, spec -> spec.withId("forecast-adjust-value"));
        TextField reason = _get(TextField.class, spec -> spec.withId("forecast-adjust-reason"));
        Button add = _get(Button.class, spec -> spec.withId("forecast-adjust-add"));

        _setValue(date, start.plusDays(1));
        _setValue(value, 15.0);
        _click(add);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason for the adjustment.");

        _setValue(reason, "Strike at a competitor");
        _setValue(value, -120.0);
        _click(add);
        assertThat(reason.isInvalid()).isFalse();
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).contains("-120").contains("above -100 %");

        _setValue(value, 15.0);
        _setValue(_get(Checkbox.class, spec -> spec.withId("forecast-adjust-whole-day")), false);
        _setValue(_get(TimePicker.class, spec -> spec.withId("forecast-adjust-from")), LocalTime.of(12, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("forecast-adjust-to")), LocalTime.of(10, 0));
        _click(add);
        TimePicker to = _get(TimePicker.class, spec -> spec.withId("forecast-adjust-to"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("is not after the start");
        _setValue(date, start.plusWeeks(2));
        _click(add);
        assertThat(date.isInvalid()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("forecast-adjust-error")).getText()).contains("is outside this forecast");
        assertThat(adjustmentRows.count()).isEqualTo(before);

        _setValue(date, start.plusDays(1));
        _setValue(to, LocalTime.of(14, 0));
        _click(add);
        assertThat(_get(Span.class, spec -> spec.withId("forecast-adjust-error")).getText()).isEmpty();
        // saved: the emptied reason is not marked as missing, and a second click cannot come before the first is done
        assertThat(reason.isInvalid()).isFalse();
        assertThat(reason.getValue()).isEmpty();
        assertThat(add.isDisableOnClick()).isTrue();
        assertThat(add.isEnabled()).isTrue();
        assertThat(adjustmentRows.of(version.id())).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AdjustmentType.PERCENT);
            assertThat(a.amount()).isEqualTo(15.0);
            assertThat(a.from()).isEqualTo(LocalTime.of(12, 0));
            assertThat(a.reason()).isEqualTo("Strike at a competitor");
        });
        @SuppressWarnings("unchecked")
        Grid<Object> list = _get(Grid.class, spec -> spec.withId("forecast-adjustments"));
        assertThat(list.getGenericDataView().getItems().count()).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("forecast-summary")).getText()).contains("(1 adjustments)");
    }

    @Test
    void eventsAreEnteredInTheirDialogWithClearRefusals() {
        UI.getCurrent().navigate("forecast");
        ForecastQueue queue = chooseQueue(QUEUE);
        _click(_get(Button.class, spec -> spec.withId("forecast-events-open")));
        @SuppressWarnings("unchecked")
        Grid<Object> list = _get(Grid.class, spec -> spec.withId("forecast-events"));
        long before = list.getGenericDataView().getItems().count();
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = _get(ComboBox.class, spec -> spec.withId("forecast-event-kind"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("forecast-event-date")), queue.defaultStart().plusDays(3));
        _setValue(kind, "tv spot!");
        _setValue(_get(TextField.class, spec -> spec.withId("forecast-event-description")), "Evening TV spot");
        _click(_get(Button.class, spec -> spec.withId("forecast-event-add")));
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).contains("capital letters");
        assertThat(list.getGenericDataView().getItems().count()).isEqualTo(before);

        _setValue(kind, "CAMPAIGN");
        _setValue(_get(NumberField.class, spec -> spec.withId("forecast-event-uplift")), 12.5);
        _click(_get(Button.class, spec -> spec.withId("forecast-event-add")));
        assertThat(_get(Span.class, spec -> spec.withId("forecast-event-error")).getText()).isEmpty();
        assertThat(list.getGenericDataView().getItems().count()).isEqualTo(before + 1);
        db.deleteFrom(SPECIAL_EVENT).where(SPECIAL_EVENT.DESCRIPTION.eq("Evening TV spot")).execute();
    }

    @Test
    void agentsAndHrCannotOpenTheForecast() {
        for (String user : List.of("agent.ist", "hr.lead")) {
            signIn(user);
            try {
                UI.getCurrent().navigate("forecast");
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
            }
            assertThat(UI.getCurrent().getCurrentView()).as(user).isNotInstanceOf(ForecastView.class);
            assertThat(_find(Chart.class)).as(user).isEmpty();
        }
    }

    @Test
    void allChosenQueuesAreForecastInOneJobAndGetTheirRequirements() {
        UI.getCurrent().navigate("forecast");
        List<String> codes = List.of(QUEUE, "TECH_PL_EMAIL");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ForecastQueue> queues = _get(MultiSelectComboBox.class, spec -> spec.withId("forecast-all-queues"));
        _setValue(queues, new java.util.HashSet<>(codes.stream().map(this::queue).toList()));
        _setValue(select("forecast-all-horizon"), 1);
        _setValue(select("forecast-all-grain"), 60);
        assertThat(_get(Checkbox.class, spec -> spec.withId("forecast-all-follow-up")).getValue()).isTrue();
        long jobsBefore = db.fetchCount(BACKGROUND_JOB, BACKGROUND_JOB.KIND.eq("FORECAST_ALL"));

        _click(_get(Button.class, spec -> spec.withId("forecast-all-run")));
        assertThat(_get(Button.class, spec -> spec.withId("forecast-all-run")).isEnabled()).isFalse();
        KaribuSession.awaitUi("the all-queues run reported back", Duration.ofSeconds(240),
                () -> !_get(Span.class, spec -> spec.withId("forecast-all-status")).getText().isEmpty());

        String outcome = _get(Span.class, spec -> spec.withId("forecast-all-status")).getText();
        assertThat(db.fetchCount(BACKGROUND_JOB, BACKGROUND_JOB.KIND.eq("FORECAST_ALL"))).as("one job for all queues").isEqualTo(jobsBefore + 1);
        for (String code : codes) {
            ForecastVersionSummary v = versionRows.versionsOf(queue(code).id()).get(0);
            createdVersions.add(v.id());
            // each queue by its name, as planners know it
            assertThat(outcome).contains(queue(code).label() + ": forecast version " + v.id()).contains("requirements version");
            assertThat(db.fetchCount(REQUIREMENT_VERSION, REQUIREMENT_VERSION.FORECAST_VERSION_ID.eq(v.id())))
                    .as("requirements of " + code).isEqualTo(1);
            assertThat(v.horizonDays()).isEqualTo(7);
            assertThat(v.grainMinutes()).isEqualTo(60);
        }
        assertThat(outcome).startsWith("All queues done");
        assertThat(_get(Button.class, spec -> spec.withId("forecast-all-run")).isEnabled()).isTrue();
    }

    private ForecastQueue chooseQueue(String code) {
        @SuppressWarnings("unchecked")
        ComboBox<ForecastQueue> combo = _get(ComboBox.class, spec -> spec.withId("forecast-queue"));
        ForecastQueue q = combo.getListDataView().getItems().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        _setValue(combo, q);
        return q;
    }

    private ForecastQueue queue(String code) {
        return context.getBean(dev.frontline.forecast.ForecastVersionService.class).queues().stream()
                .filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("forecast-run-status")).getText();
    }

    /** The category of the first forecast interval (where the start marker sits), as the browser would report a click. */
    private static String forecastCategory(Chart chart) {
        JsonNode option = (JsonNode) chart.getElement().getPropertyRaw("option");
        return option.get("series").get(0).get("markLine").get("data").get(0).get("xAxis").asString();
    }

    private void signIn(String username) {
        KaribuSession.signIn(users, username);
    }
}
