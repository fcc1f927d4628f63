package dev.frontline.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.db.enums.TrainingPathPurpose;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;
import dev.frontline.training.Course;
import dev.frontline.training.TrainingPath;
import dev.frontline.training.TrainingService;

/** HR's catalogue and paths editors and the enrolments page over the demo centre; agents see only their own page. */
@FrontlineIntegrationTest
class TrainingViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    TrainingService training;

    @BeforeEach
    void open() {
        KaribuSession.open(context);
    }

    @AfterEach
    void close() {
        KaribuSession.close();
    }

    private TrainingCatalogueView catalogue() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate(TrainingCatalogueView.class);
        return _get(TrainingCatalogueView.class);
    }

    @Test
    void hrAddsACourseWithAPrerequisiteAndTheEditorRefusesACycleNamingIt() {
        TrainingCatalogueView view = catalogue();
        CoursesPanel courses = view.courses;
        assertThat(courses.grid.getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(10);

        courses.code.setValue("UI-101");
        courses.name.setValue("Editor course");
        courses.grants.setValue(TrainingGrant.SKILL);
        courses.skill.setValue("CARE_EN_CHAT");
        courses.proficiency.setValue(new BigDecimal("0.55"));
        courses.totalHours.setValue(new BigDecimal("8"));
        courses.sessionMinutes.setValue(240);
        courses.delivery.setValue(TrainingDelivery.CLASSROOM);
        courses.site.setValue("WAW");
        courses.roomSeats.setValue(0);
        courses.trainerName.setValue("Editor trainer");
        courses.prerequisites.setValue(Set.of("CHAT-101"));
        courses.save.click();
        assertThat(courses.roomSeats.isInvalid()).isTrue();
        assertThat(courses.message.getText()).contains("at least one seat");
        assertThat(training.course("UI-101")).isEmpty();

        courses.roomSeats.setValue(8);
        courses.save.click();
        Course saved = training.course("UI-101").orElseThrow();
        assertThat(saved.course().prerequisites()).containsExactly("CHAT-101");
        assertThat(saved.course().roomSeats()).isEqualTo(8);
        assertThat(courses.message.getText()).contains("UI-101");

        // CHAT-101 now needing UI-101 would close a cycle: refused, named course by course
        Course chat = training.course("CHAT-101").orElseThrow();
        courses.grid.select(chat);
        courses.prerequisites.setValue(Set.of("UI-101"));
        courses.save.click();
        assertThat(courses.message.getText()).contains("CHAT-101 → UI-101 → CHAT-101");
        assertThat(training.course("CHAT-101").orElseThrow().course().prerequisites()).isEmpty();
    }

    @Test
    void hrPutsAPathInOrderAndAWrongOrderIsRefused() {
        PathsPanel paths = catalogue().paths;
        assertThat(paths.grid.getGenericDataView().getItems().map(p -> p.path().code()).toList())
                .contains("ONB-3W", "ONB-5W", "CHAT-X", "LANG-EN", "LEAD-PREP");
        paths.code.setValue("UI-PATH");
        paths.name.setValue("Editor path");
        paths.purpose.setValue(TrainingPathPurpose.CROSS_SKILLING);
        paths.course.setValue("CHAT-201");
        paths.addCourse.click();
        paths.course.setValue("CHAT-101");
        paths.addCourse.click();
        assertThat(paths.orderedCourses()).containsExactly("CHAT-201", "CHAT-101");
        paths.save.click();
        assertThat(paths.message.getText()).contains("CHAT-201").contains("CHAT-101");
        assertThat(training.paths().stream().map(p -> p.path().code())).doesNotContain("UI-PATH");

        // move CHAT-101 up (its arrow): the order now holds and the path is saved
        paths.move("CHAT-101");
        assertThat(paths.courses.getGenericDataView().getItems().toList()).containsExactly("CHAT-101", "CHAT-201");
        paths.save.click();
        TrainingPath saved = training.paths().stream().filter(p -> p.path().code().equals("UI-PATH")).findFirst()
                .orElseThrow();
        assertThat(saved.path().courses()).containsExactly("CHAT-101", "CHAT-201");
        assertThat(paths.message.getText()).contains("UI-PATH");
    }

    @Test
    void hrSeesEnrolmentsWithProgressAndWhatNeedsAttention() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate(EnrolmentsView.class);
        EnrolmentsView view = _get(EnrolmentsView.class);
        assertThat(view.paths.getGenericDataView().getItems().count()).isPositive();
        assertThat(view.paths.getGenericDataView().getItems().anyMatch(p -> p.progress().phase()
                != dev.frontline.training.PathProgress.Phase.DONE)).as("a class in onboarding or nesting").isTrue();
        assertThat(view.attention.getGenericDataView().getItems().count()).isPositive();
        view.team.setValue("Istanbul team 1");
        assertThat(view.enrolments.getGenericDataView().getItems().allMatch(e -> "Istanbul team 1".equals(e.teamName())))
                .isTrue();
        view.result(true);
        assertThat(view.message.getText()).isNotBlank();
    }

    @Test
    void agentsAreKeptOutOfTheEditorsAndSeeTheirOwnTraining() {
        KaribuSession.signIn(users, "agent.ist");
        for (String route : java.util.List.of("training", "training/enrolments")) {
            try {
                UI.getCurrent().navigate(route);
            } catch (RuntimeException | MockAccessDeniedException refused) {
                // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
            }
            assertThat(UI.getCurrent().getCurrentView()).as(route)
                    .isNotInstanceOfAny(TrainingCatalogueView.class, EnrolmentsView.class);
        }
        UI.getCurrent().navigate(MyTrainingView.class);
        MyTrainingView mine = _get(MyTrainingView.class);
        assertThat(mine.completed.getChildren().count()).isPositive();
    }
}
