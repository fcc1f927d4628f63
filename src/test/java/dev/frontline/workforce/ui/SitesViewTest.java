package dev.frontline.workforce.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;
import dev.frontline.workforce.masterdata.SiteDraft;
import dev.frontline.workforce.masterdata.SiteService;
import dev.frontline.workforce.masterdata.Stored;

/** The sites screen in Karibu: create with a local holiday, a refused invalid input, an edit, a delete. */
@FrontlineIntegrationTest
class SitesViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    SiteService sites;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void setUp() {
        KaribuSession.open(context);
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("sites");
    }

    @AfterEach
    void tearDown() {
        KaribuSession.close();
    }

    @Test
    void createValidateEditAndDeleteASite() {
        _click(_get(Button.class, spec -> spec.withId("site-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("site-code")), "vw lisbon");
        _setValue(_get(TextField.class, spec -> spec.withId("site-name")), "Lisbon");
        _setValue(combo("site-country"), "PT");
        _setValue(combo("site-time-zone"), "Europe/Lisbon");
        _setValue(_get(IntegerField.class, spec -> spec.withId("site-seats")), 30);
        _setValue(_get(TimePicker.class, spec -> spec.withId("site-opens")), LocalTime.of(9, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("site-closes")), LocalTime.of(8, 0));
        _click(_get(Button.class, spec -> spec.withId("site-save")));
        assertThat(error()).isNotBlank();
        assertThat(_get(TextField.class, spec -> spec.withId("site-code")).isInvalid()).isTrue();
        assertThat(_get(TimePicker.class, spec -> spec.withId("site-closes")).isInvalid()).isTrue();
        assertThat(sites.all()).noneMatch(s -> s.data().name().equals("Lisbon"));

        _setValue(_get(TextField.class, spec -> spec.withId("site-code")), "VW-LIS");
        _setValue(_get(TimePicker.class, spec -> spec.withId("site-closes")), LocalTime.of(18, 0));
        _setValue(_get(DatePicker.class, spec -> spec.withId("site-holiday-date")), LocalDate.of(2026, 6, 13));
        _setValue(_get(TextField.class, spec -> spec.withId("site-holiday-name")), "Santo António");
        _click(_get(Button.class, spec -> spec.withId("site-holidays-add")));
        _click(_get(Button.class, spec -> spec.withId("site-save")));
        assertThat(error()).isEmpty();
        Stored<SiteDraft> created = sites.all().stream().filter(s -> s.data().code().equals("VW-LIS")).findFirst()
                .orElseThrow();
        assertThat(created.data().localHolidays()).extracting(SiteDraft.LocalHoliday::name).containsExactly("Santo António");
        @SuppressWarnings("unchecked")
        Grid<SiteDraft.LocalHoliday> publicHolidays = _get(Grid.class, spec -> spec.withId("site-public-holidays"));
        assertThat(publicHolidays.getGenericDataView().getItems().count()).isGreaterThan(5);

        _setValue(_get(IntegerField.class, spec -> spec.withId("site-seats")), 32);
        _click(_get(Button.class, spec -> spec.withId("site-save")));
        assertThat(error()).isEmpty();
        assertThat(audit.latest("site", "VW-LIS").orElseThrow().details()).isEqualTo("Office seats: 30 → 32");

        _click(_get(Button.class, spec -> spec.withId("site-delete")));
        assertThat(sites.all()).noneMatch(s -> s.data().code().equals("VW-LIS"));
    }

    @Test
    void aSiteWithAgentsCannotBeDeleted() {
        _setValue(_get(TextField.class, spec -> spec.withId("site-search")), "istanbul");
        @SuppressWarnings("unchecked")
        Grid<Stored<SiteDraft>> grid = _get(Grid.class, spec -> spec.withId("site-grid"));
        grid.select(grid.getGenericDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("site-delete")));
        assertThat(error()).contains("IST").containsPattern("\\d+ agents");
        assertThat(sites.all()).anyMatch(s -> s.data().code().equals("IST"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static String error() {
        return _get(Span.class, spec -> spec.withId("site-error")).getText();
    }
}
