package dev.frontline.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinRequest;

import dev.frontline.app.ui.AccessDeniedView;
import dev.frontline.shared.ui.LocalizedDatePickers;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The language a user chose is remembered and used; a page their role may not open says so inside the app. */
@FrontlineIntegrationTest
class LanguageAndAccessDeniedTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserLanguages languages;
    @Autowired
    LanguageResolver resolver;

    @BeforeEach
    void setUp() {
        KaribuSession.open(context);
    }

    @AfterEach
    void tearDown() {
        try {
            languages.remember(null);
        } finally {
            KaribuSession.close();
        }
    }

    @Test
    void aChosenLanguageIsRememberedForTheUserAndGivesTheNextPageItsLocale() {
        KaribuSession.signIn(users, "planner");
        assertThat(languages.current()).isEmpty();
        languages.remember("pl");
        assertThat(languages.current()).contains("pl");
        assertThat(resolver.resolve(VaadinRequest.getCurrent())).isEqualTo(Locale.forLanguageTag("pl-PL"));
        languages.remember("tr");
        assertThat(resolver.resolve(VaadinRequest.getCurrent())).isEqualTo(Locale.forLanguageTag("tr-TR"));

        KaribuSession.signIn(users, "hr.lead");
        assertThat(languages.current()).as("another user's choice").isEmpty();
        KaribuSession.signIn(users, "planner");
        languages.remember(null);
        assertThat(languages.current()).isEmpty();
    }

    @Test
    void aLanguageFrontlineDoesNotSpeakIsRefused() {
        KaribuSession.signIn(users, "planner");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> languages.remember("de"))
                .isInstanceOfSatisfying(dev.frontline.shared.text.RefusedValueException.class,
                        refused -> assertThat(refused.field()).isEqualTo("language"));
        assertThat(languages.current()).isEmpty();
    }

    @Test
    void anAgentOpeningThePlannersRosterGetsAStyledPageWithTheirOwnMenu() {
        KaribuSession.signIn(users, "agent.ist");
        UI.getCurrent().setLocale(Locale.forLanguageTag("tr-TR"));
        UI.getCurrent().navigate("roster");
        MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(AccessDeniedView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied-title")).getText())
                .isEqualTo("Bu sayfa size açık değil");
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied-text")).getText())
                .contains("/roster").contains("Temsilci");
        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        assertThat(nav.getItems()).extracting(SideNavItem::getPath).contains("me").doesNotContain("roster", "planner");
    }

    @Test
    void datePickersGetTheMonthNamesAndFirstWeekdayOfTheLocale() {
        DatePicker.DatePickerI18n polish = LocalizedDatePickers.i18n(Locale.forLanguageTag("pl-PL"), "Dziś", "Anuluj");
        assertThat(polish.getMonthNames().getFirst()).isEqualTo("Styczeń");
        assertThat(polish.getWeekdays().get(1)).isEqualTo("Poniedziałek");
        assertThat(polish.getFirstDayOfWeek()).isEqualTo(1);
        DatePicker.DatePickerI18n turkish = LocalizedDatePickers.i18n(Locale.forLanguageTag("tr-TR"), "Bugün", "İptal");
        assertThat(turkish.getMonthNames().get(11)).isEqualTo("Aralık");
        assertThat(turkish.getWeekdaysShort().getFirst()).isEqualTo("Paz");
        assertThat(LocalizedDatePickers.i18n(Locale.US, "Today", "Cancel").getFirstDayOfWeek()).isZero();
    }
}
