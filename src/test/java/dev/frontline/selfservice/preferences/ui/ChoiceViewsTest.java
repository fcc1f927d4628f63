package dev.frontline.selfservice.preferences.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.frontline.db.Tables.PREFERENCE_WINDOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import dev.frontline.db.enums.WishKind;
import dev.frontline.selfservice.swaps.ui.MyOpenShiftsView;
import dev.frontline.selfservice.swaps.ui.MySwapsView;
import dev.frontline.selfservice.swaps.ui.OpenShiftsView;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The wishes, swaps and open-shift screens through Karibu-Testing: an agent states a wish, roles are kept apart. */
@FrontlineIntegrationTest
class ChoiceViewsTest {

    private static final LocalDate FIRST = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    @BeforeEach
    void setUp() {
        KaribuSession.open(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSession.close();
        ctx.deleteFrom(PREFERENCE_WINDOW).where(PREFERENCE_WINDOW.FIRST_DAY.eq(FIRST)).execute();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aPlannerOpensAWindowAndAnAgentStatesAWishOnTheirPhone() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("preferences");
        _setValue(_get(DatePicker.class, spec -> spec.withId("windows-first")), FIRST);
        _setValue(_get(DatePicker.class, spec -> spec.withId("windows-last")), FIRST.plusDays(6));
        _click(_get(Button.class, spec -> spec.withId("windows-open")));
        assertThat(_get(Span.class, spec -> spec.withId("windows-message")).getText()).doesNotContain("firstDay", "deadline");
        assertThat(ctx.fetchExists(PREFERENCE_WINDOW, PREFERENCE_WINDOW.FIRST_DAY.eq(FIRST))).isTrue();

        KaribuSession.signIn(users, "agent.ist");
        UI.getCurrent().navigate("me/wishes");
        Select<Object> window = _get(Select.class, spec -> spec.withId("wishes-window"));
        Object ours = window.getListDataView().getItems()
                .filter(w -> ((dev.frontline.selfservice.preferences.PreferenceWindow) w).firstDay().equals(FIRST))
                .findFirst().orElseThrow();
        _setValue(window, ours);
        _setValue(_get(Select.class, spec -> spec.withId("wishes-kind")), WishKind.DAY_OFF);
        _setValue(_get(DatePicker.class, spec -> spec.withId("wishes-date")), FIRST.plusDays(5));
        _setValue(_get(IntegerField.class, spec -> spec.withId("wishes-priority")), 40);
        _click(_get(Button.class, spec -> spec.withId("wishes-add")));
        assertThat(_get(Span.class, spec -> spec.withId("wishes-message")).getText()).isEqualTo("Wish saved.");
        assertThat(_get(Span.class, spec -> spec.withId("wishes-budget")).getText()).startsWith("60 of 100");
        assertThat(_find(Button.class, spec -> spec.withText("Withdraw"))).hasSize(1);

        // a second wish beyond the budget is refused with the rule, and nothing is added
        _setValue(_get(DatePicker.class, spec -> spec.withId("wishes-date")), FIRST.plusDays(6));
        _setValue(_get(IntegerField.class, spec -> spec.withId("wishes-priority")), 70);
        _click(_get(Button.class, spec -> spec.withId("wishes-add")));
        assertThat(_get(Span.class, spec -> spec.withId("wishes-message")).getText())
                .isEqualTo("70 points would bring your wishes to 110 of the 100-point budget (60 points left): lower it or "
                        + "withdraw another wish.");
        assertThat(_find(Button.class, spec -> spec.withText("Withdraw"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    @Test
    void anAgentWishesToWorkFromHomeOnOneDate() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("preferences");
        _setValue(_get(DatePicker.class, spec -> spec.withId("windows-first")), FIRST);
        _setValue(_get(DatePicker.class, spec -> spec.withId("windows-last")), FIRST.plusDays(6));
        _click(_get(Button.class, spec -> spec.withId("windows-open")));

        KaribuSession.signIn(users, "agent.ist");
        UI.getCurrent().navigate("me/wishes");
        Select<Object> window = _get(Select.class, spec -> spec.withId("wishes-window"));
        _setValue(window, window.getListDataView().getItems()
                .filter(w -> ((dev.frontline.selfservice.preferences.PreferenceWindow) w).firstDay().equals(FIRST))
                .findFirst().orElseThrow());
        _setValue(_get(Select.class, spec -> spec.withId("wishes-kind")), WishKind.HOME);
        _setValue(_get(DatePicker.class, spec -> spec.withId("wishes-date")), FIRST.plusDays(2));
        _setValue(_get(IntegerField.class, spec -> spec.withId("wishes-priority")), 15);
        _click(_get(Button.class, spec -> spec.withId("wishes-add")));
        assertThat(_get(Span.class, spec -> spec.withId("wishes-message")).getText()).isEqualTo("Wish saved.");
        String home = dev.frontline.shared.ui.Formats.date(FIRST.plusDays(2)) + ": ";
        assertThat(_find(Span.class, spec -> spec.withText(home + "to work from home"))).hasSize(1);
    }

    @Test
    void agentsOpenTheirScreensAndNotThePlannersAndTheOtherWayRound() {
        KaribuSession.signIn(users, "agent.ist");
        UI.getCurrent().navigate("me/swaps");
        assertThat(current()).isInstanceOf(MySwapsView.class);
        UI.getCurrent().navigate("me/open-shifts");
        assertThat(current()).isInstanceOf(MyOpenShiftsView.class);
        for (String route : List.of("preferences", "open-shifts")) {
            try {
                UI.getCurrent().navigate(route);
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // Karibu surfaces the access-denied error view as an exception; nothing of the view is shown
            }
            assertThat(current()).as(route).isNotInstanceOfAny(PreferenceWindowsView.class, OpenShiftsView.class);
        }
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("open-shifts");
        assertThat(current()).isInstanceOf(OpenShiftsView.class);
        for (String route : List.of("me/wishes", "me/swaps", "me/open-shifts")) {
            try {
                UI.getCurrent().navigate(route);
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // see above
            }
            assertThat(current()).as(route).isNotInstanceOfAny(MyWishesView.class, MySwapsView.class, MyOpenShiftsView.class);
        }
    }

    private static Component current() {
        return UI.getCurrent().getCurrentView();
    }
}
