package dev.frontline.roster.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;

import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;
import dev.frontline.training.Course;

/** The planner's cheapest-week page: the course's waiting cohort fills in, a bad request is refused on the page. */
@FrontlineIntegrationTest
class CheapestWeekViewTest {

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

    @Test
    void pickingACourseFillsInItsWaitingCohortAndTooManyWeeksAreRefused() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate(CheapestWeekView.class);
        CheapestWeekView view = _get(CheapestWeekView.class);
        // a course of more sessions than a week's working days cannot be placed in one week, so is not offered
        assertThat(view.course.getListDataView().getItems().map(c -> c.course().code())).contains("CHAT-201")
                .doesNotContain("LANG-EN-201");
        Course chat = view.course.getListDataView().getItems().filter(c -> c.course().code().equals("CHAT-201"))
                .findFirst().orElseThrow();
        view.course.setValue(chat);
        assertThat(view.cohort.getValue()).hasSize(8);
        view.weeks.setValue(9);
        view.start.click();
        assertThat(view.message.getText()).isEqualTo("Try between 1 and 8 weeks, not 9.");
    }

    @Test
    void onlyPlannersOpenIt() {
        KaribuSession.signIn(users, "hr.lead");
        try {
            UI.getCurrent().navigate("roster/cheapest-week");
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(CheapestWeekView.class);
    }
}
