package dev.frontline.roster.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_ENROLMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/**
 * The roster page's "Training in this roster" in the planner's words, and the session inside the attendee's shift in
 * their own schedule once the roster is published, through Karibu-Testing on the demo centre.
 */
@FrontlineIntegrationTest
class TrainingPanelTest {

    static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterJobs jobs;

    private final List<Long> versions = new ArrayList<>();
    private Long course;

    @BeforeEach
    void open() {
        KaribuSession.open(context);
    }

    @AfterEach
    void close() {
        ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.in(versions)).execute();
        if (course != null) {
            ctx.deleteFrom(TRAINING_ENROLMENT).where(TRAINING_ENROLMENT.COURSE_ID.eq(course)).execute();
            ctx.deleteFrom(TRAINING_COURSE).where(TRAINING_COURSE.ID.eq(course)).execute();
        }
        KaribuSession.close();
    }

    @Test
    void thePlannerReadsEachSessionWithItsPeopleAndCoverageCostAndTheAttendeeSeesItInTheShift() {
        course = ctx.insertInto(TRAINING_COURSE).set(TRAINING_COURSE.CODE, "TT-PANEL").set(TRAINING_COURSE.NAME, "Panel basics")
                .set(TRAINING_COURSE.GRANTS, TrainingGrant.NONE).set(TRAINING_COURSE.TOTAL_HOURS, new BigDecimal("2"))
                .set(TRAINING_COURSE.SESSION_MINUTES, 120).set(TRAINING_COURSE.DELIVERY, TrainingDelivery.VIRTUAL)
                .set(TRAINING_COURSE.TRAINER_NAME, "Panel trainer").set(TRAINING_COURSE.OFF_PHONE_HOURS, new BigDecimal("2"))
                .returning(TRAINING_COURSE.ID).fetchSingle(TRAINING_COURSE.ID);
        List<String> people = ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER).from(AGENT)
                .where(AGENT.STATUS.eq(AgentStatus.ACTIVE)).and(AGENT.HIRE_DATE.le(MONDAY.minusDays(60)))
                .andNotExists(ctx.selectOne().from(TRAINING_ENROLMENT).where(TRAINING_ENROLMENT.AGENT_ID.eq(AGENT.ID))
                        .and(TRAINING_ENROLMENT.STATUS.in(EnrolmentStatus.PLANNED, EnrolmentStatus.SCHEDULED,
                                EnrolmentStatus.IN_PROGRESS)))
                .orderBy(AGENT.EMPLOYEE_NUMBER.desc()).limit(3)
                .fetch(r -> {
                    ctx.insertInto(TRAINING_ENROLMENT).set(TRAINING_ENROLMENT.AGENT_ID, r.value1())
                            .set(TRAINING_ENROLMENT.COURSE_ID, course).set(TRAINING_ENROLMENT.ENROLLED_ON, MONDAY.minusDays(7))
                            .set(TRAINING_ENROLMENT.DUE_DATE, MONDAY.plusDays(6)).set(TRAINING_ENROLMENT.ENROLLED_BY, "test")
                            .execute();
                    return r.value2();
                });
        KaribuSession.signIn(users, "planner");
        RosterVersionSummary draft = rosters.createDraft("training panel", MONDAY, MONDAY.plusDays(6));
        versions.add(draft.id());
        jobs.solve(draft.id(), RosterSolver.QUICK, Duration.ofSeconds(5));
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInSameThread().pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.status(draft.id()).orElseThrow(), status -> !status.running());

        UI.getCurrent().navigate("roster");
        RosterView view = _get(RosterView.class);
        _setValue(view.version, rosters.version(draft.id()));
        view.tabs.setSelectedIndex(3);
        assertThat(view.training.summary.getText()).containsPattern("\\d+ sessions? placed");
        Div panel = _find(Div.class, spec -> spec.withClasses("roster-training-session")).stream()
                .filter(d -> d.getElement().getTextRecursively().contains("Panel basics")).findFirst().orElseThrow();
        String headline = panel.getChildren().findFirst().orElseThrow().getElement().getText();
        // "Tue 15 Dec 10:00–12:00 Panel basics (1 of 1): 3 agents off the phones, under-coverage +1.2 agent-hours"
        assertThat(headline).matches("\\w{3} \\d{1,2} \\w{3} \\d\\d:\\d\\d–\\d\\d:\\d\\d Panel basics \\(1 of 1\\): "
                + "3 agents off the phones, under-coverage [+-]\\d+\\.\\d agent-hours");
        assertThat(panel.getElement().getTextRecursively()).contains("Virtual").contains("trainer Panel trainer")
                .contains(people.get(0)).contains(people.get(2));

        rosters.publish(draft.id(), "test roster");
        KaribuSession.signIn(users, people.get(0).toLowerCase(Locale.ROOT));
        UI.getCurrent().navigate("me");
        _click(_get(Button.class, spec -> spec.withId("schedule-next")));
        // inside the shift as an activity of its own, with its course and which session it is
        assertThat(_find(Span.class, spec -> spec.withClasses("fl-day-training")))
                .singleElement().satisfies(s -> assertThat(s.getText())
                        .matches("Training \\d\\d:\\d\\d–\\d\\d:\\d\\d: Panel basics \\(1 of 1\\)"));
    }
}
