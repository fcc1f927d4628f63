package dev.frontline.forecast.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.frontline.db.Tables.LONG_RANGE_OVERRIDE;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.forecast.ForecastQueue;
import dev.frontline.forecast.StoredLongRangeOverride;
import dev.frontline.forecast.persistence.LongRangeRepository;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The long-range page in Karibu: the planner reads a queue's 78 weeks, explains one and adds an override; HR reads only. */
@FrontlineIntegrationTest
class LongRangeViewTest {

    private static final String QUEUE = "SALES_EN_VOICE";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;
    @Autowired
    LongRangeRepository overrides;

    private ForecastQueue queue;

    @BeforeEach
    void setUp() {
        KaribuSession.open(context);
    }

    @AfterEach
    void tearDown() {
        if (queue != null) {
            db.deleteFrom(LONG_RANGE_OVERRIDE).where(LONG_RANGE_OVERRIDE.QUEUE_ID.eq(queue.id()))
                    .and(LONG_RANGE_OVERRIDE.REASON.eq("Autumn campaign (view test)")).execute();
        }
        KaribuSession.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlannerReadsExplainsAndOverridesTheForecast() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("forecast/long-range");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LongRangeView.class);
        chooseQueue();

        Grid<Integer> weeks = _get(Grid.class, spec -> spec.withId("longrange-weeks-grid"));
        assertThat(GridKt._size(weeks)).isEqualTo(78);
        assertThat(_get(Div.class, spec -> spec.withId("longrange-explanation")).getElement().getTextRecursively())
                .contains("Model: weekly totals").contains("History used");
        LongRangeView view = (LongRangeView) UI.getCurrent().getCurrentView();
        view.explainCategory(dev.frontline.shared.ui.Formats.shortDate(view.shownWeeks().get(0)));
        assertThat(_get(Div.class, spec -> spec.withId("longrange-point")).getText()).startsWith("Week of").contains("80 % interval");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("longrange-grain")), LongRangeView.Grain.MONTHS);
        Grid<?> months = _get(Grid.class, spec -> spec.withId("longrange-months-grid"));
        assertThat(months.isVisible()).isTrue();
        assertThat(GridKt._size(months)).isGreaterThanOrEqualTo(18);

        java.time.LocalDate from = view.shownWeeks().get(20);
        _setValue(_get(DatePicker.class, spec -> spec.withId("longrange-override-from")), from);
        _setValue(_get(NumberField.class, spec -> spec.withId("longrange-override-percent")), 20.0);
        _setValue(_get(TextField.class, spec -> spec.withId("longrange-override-reason")), "Autumn campaign (view test)");
        _click(_get(Button.class, spec -> spec.withId("longrange-override-save")));

        Grid<StoredLongRangeOverride> list = _get(Grid.class, spec -> spec.withId("longrange-overrides-grid"));
        assertThat(list.getGenericDataView().getItems().map(StoredLongRangeOverride::reason)).contains("Autumn campaign (view test)");
        assertThat(GridKt._getFormattedRow(weeks, 25).toString()).contains("Autumn campaign (view test)");

        // a refused value is shown on its field
        _setValue(_get(DatePicker.class, spec -> spec.withId("longrange-override-from")), from);
        _setValue(_get(NumberField.class, spec -> spec.withId("longrange-override-percent")), -150.0);
        _setValue(_get(TextField.class, spec -> spec.withId("longrange-override-reason")), "too much");
        _click(_get(Button.class, spec -> spec.withId("longrange-override-save")));
        assertThat(_get(NumberField.class, spec -> spec.withId("longrange-override-percent")).isInvalid()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("longrange-override-error")).getText()).contains("−100");
    }

    @Test
    void hrReadsTheForecastWithoutTheOverrideForm() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate("forecast/long-range");
        chooseQueue();
        assertThat(_get(Grid.class, spec -> spec.withId("longrange-weeks-grid")).isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("longrange-override-save"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void chooseQueue() {
        ComboBox<ForecastQueue> box = _get(ComboBox.class, spec -> spec.withId("longrange-queue"));
        queue = box.getGenericDataView().getItems().filter(q -> q.code().equals(QUEUE)).findFirst().orElseThrow();
        _setValue(box, queue);
    }
}
