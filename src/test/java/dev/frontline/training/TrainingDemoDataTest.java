package dev.frontline.training;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_ENROLMENT;
import static dev.frontline.db.Tables.TRAINING_PATH;
import static dev.frontline.db.Tables.TRAINING_PATH_ENROLMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.db.enums.EnrolmentStatus;
import dev.frontline.db.enums.TrainingPathPurpose;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The demo centre's training agrees with its agents: skills taught by courses, hires onboarded, compliance due. */
@FrontlineIntegrationTest
@WithUserDetails("hr.lead")
class TrainingDemoDataTest {

    @Autowired
    DSLContext ctx;
    @Autowired
    TrainingService training;
    @Autowired
    TrainerService trainers;

    @Test
    @WithUserDetails("planner")
    void theNamedTrainersTeachOnWeekdaysAndMartaZielinskaIsAwayOneDayNextWeek() {
        Map<String, Trainer> byName = trainers.trainers().stream()
                .collect(Collectors.toMap(Trainer::name, Function.identity()));
        assertThat(byName.get("Learning team").hours()).hasSize(5).allSatisfy(h -> {
            assertThat(h.from()).isEqualTo(LocalTime.of(8, 0));
            assertThat(h.to()).isEqualTo(LocalTime.of(18, 0));
        });
        assertThat(byName.get("Compliance office").hours()).extracting(Trainer.Hours::weekday)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(byName.get("Marta Zielińska").away()).singleElement()
                .satisfies(a -> assertThat(a.day().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY));
        assertThat(byName.get("Selin Arslan").anyTime()).isTrue();
        assertThat(byName.get("Language school").anyTime()).isTrue();
    }

    @Test
    void theCatalogueHoldsAboutTenCoursesAndTheFivePaths() {
        // other tests add courses of their own to the shared demo database
        assertThat(training.courses().stream().map(c -> c.course().code())).contains("INDUCT-101", "CALL-101",
                "BILL-101", "CALL-102", "CHAT-101", "CHAT-201", "CARE-201", "LANG-EN-201", "GDPR-100", "PCI-100",
                "LEAD-301");
        assertThat(training.paths().stream().map(p -> p.path().code()))
                .contains("ONB-3W", "ONB-5W", "CHAT-X", "LANG-EN", "LEAD-PREP");
    }

    @Test
    void everyChatSkillOfAnAgentEmployedForAMonthWasTaughtByItsCourse() {
        LocalDate monthAgo = LocalDate.now().minusMonths(1);
        for (String[] skillAndCourse : new String[][] {{"TECH_TR_CHAT", "CHAT-201"}, {"CARE_EN_CHAT", "CARE-201"}}) {
            var holders = AGENT_SKILL.join(SKILL).on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID)).join(AGENT)
                    .on(AGENT.ID.eq(AGENT_SKILL.AGENT_ID));
            var condition = SKILL.CODE.eq(skillAndCourse[0]).and(AGENT.EXIT_DATE.isNull())
                    .and(AGENT.HIRE_DATE.lt(monthAgo));
            int taught = ctx.fetchCount(holders, condition.andExists(ctx.selectOne().from(TRAINING_ENROLMENT)
                    .join(TRAINING_COURSE).on(TRAINING_COURSE.ID.eq(TRAINING_ENROLMENT.COURSE_ID))
                    .where(TRAINING_ENROLMENT.AGENT_ID.eq(AGENT_SKILL.AGENT_ID))
                    // the demo's course, or one another test made that grants the same skill
                    .and(TRAINING_COURSE.CODE.eq(skillAndCourse[1]).or(TRAINING_COURSE.SKILL_ID.eq(AGENT_SKILL.SKILL_ID)))
                    .and(TRAINING_ENROLMENT.STATUS.eq(EnrolmentStatus.COMPLETED))));
            assertThat(taught).as(skillAndCourse[0]).isEqualTo(ctx.fetchCount(holders, condition)).isPositive();
        }
    }

    @Test
    void everyHireOfTheLastTwoYearsWentThroughOnboardingAndAClassIsOnItNow() {
        LocalDate twoYearsAgo = LocalDate.now().minusYears(2);
        int hires = ctx.fetchCount(AGENT, AGENT.HIRE_DATE.ge(twoYearsAgo));
        int onboarded = ctx.fetchCount(AGENT, AGENT.HIRE_DATE.ge(twoYearsAgo).andExists(ctx.selectOne()
                .from(TRAINING_PATH_ENROLMENT).join(TRAINING_PATH).on(TRAINING_PATH.ID.eq(TRAINING_PATH_ENROLMENT.PATH_ID))
                .where(TRAINING_PATH_ENROLMENT.AGENT_ID.eq(AGENT.ID))
                .and(TRAINING_PATH.PURPOSE.eq(TrainingPathPurpose.ONBOARDING))));
        assertThat(onboarded).isEqualTo(hires).isPositive();
        // onboarding follows the hire date: a class hired within the last six weeks is still in training or nesting
        // (the generated centre hires monthly to refill its teams, so some days have no such class)
        LocalDate sixWeeksAgo = LocalDate.now().minusWeeks(6);
        var recent = training.pathEnrolments(null).stream()
                .filter(p -> p.pathCode().startsWith("ONB-") && p.enrolledOn().isAfter(sixWeeksAgo)).toList();
        assertThat(recent).allSatisfy(p -> assertThat(p.progress().phase())
                .isIn(PathProgress.Phase.TRAINING, PathProgress.Phase.NESTING, PathProgress.Phase.FAILED));
        assertThat(training.pathEnrolments(null)).filteredOn(p -> p.pathCode().equals("ONB-3W"))
                .allSatisfy(p -> assertThat(p.enrolledOn()).isAfterOrEqualTo(LocalDate.now().minusYears(1)));
        assertThat(training.pathEnrolments(null)).filteredOn(p -> p.pathCode().equals("CHAT-X"))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(p -> assertThat(p.progress().nextCourse()).isEqualTo("CHAT-201"));
    }

    @Test
    void someComplianceCompletionsAreExpiredAndSomeExpireSoon() {
        var attention = training.attention();
        assertThat(attention).anySatisfy(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.EXPIRED));
        assertThat(attention).anySatisfy(e -> assertThat(e.expiringSoon()).isTrue());
        assertThat(attention).allSatisfy(e -> assertThat(e.employed()).isTrue());
    }
}
