package dev.frontline.training.imports;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.AGENT_SKILL_GAIN;
import static dev.frontline.db.Tables.SKILL;
import static dev.frontline.db.Tables.TRAINING_COURSE;
import static dev.frontline.db.Tables.TRAINING_ENROLMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.ImportService;
import dev.frontline.imports.csv.ImportError;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Training results from CSV: every bad row named by line and column, nothing half-written, a pass raises the skill. */
@FrontlineIntegrationTest
@WithUserDetails("planner")
class TrainingCompletionImportTest {

    @Autowired
    ImportService imports;
    @Autowired
    DSLContext ctx;

    private static String medium(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    private static String row(ImportError error, Locale locale) {
        return Phrase.of("imports.problem.row", error.line(), error.column(), error.reason()).render(locale);
    }

    private ImportResult run(String file, boolean commit) {
        return imports.importFile(ImportKind.TRAINING_COMPLETIONS,
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), file.length(), null, commit,
                Progress.NONE, Cancellation.NONE);
    }

    /** An employed agent who never took the chat fundamentals nor holds the English care chat skill. */
    private String agentWithoutChat() {
        return ctx.select(AGENT.EMPLOYEE_NUMBER).from(AGENT).where(AGENT.STATUS.eq(AgentStatus.ACTIVE))
                .andNotExists(ctx.selectOne().from(TRAINING_ENROLMENT).join(TRAINING_COURSE)
                        .on(TRAINING_COURSE.ID.eq(TRAINING_ENROLMENT.COURSE_ID))
                        .where(TRAINING_ENROLMENT.AGENT_ID.eq(AGENT.ID))
                        .and(TRAINING_COURSE.CODE.in("CHAT-101", "CARE-201")))
                .andNotExists(ctx.selectOne().from(AGENT_SKILL).join(SKILL).on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID))
                        .where(AGENT_SKILL.AGENT_ID.eq(AGENT.ID)).and(SKILL.CODE.eq("CARE_EN_CHAT")))
                .orderBy(AGENT.EMPLOYEE_NUMBER).limit(1).fetchSingle(AGENT.EMPLOYEE_NUMBER);
    }

    @Test
    void everyBadRowIsNamedByLineAndColumnAndNothingIsWritten() {
        String agent = agentWithoutChat();
        var left = ctx.select(AGENT.EMPLOYEE_NUMBER, AGENT.EXIT_DATE).from(AGENT).where(AGENT.STATUS.eq(AgentStatus.LEFT))
                .orderBy(AGENT.EXIT_DATE.desc()).limit(1).fetchSingle();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String file = "employee_number,course_code,completed_on,result\n"
                + agent + ",NOPE-101," + yesterday + ",passed\n"
                + "E99999,GDPR-100," + yesterday + ",passed\n"
                + left.value1() + ",GDPR-100," + left.value2() + ",passed\n"
                + agent + ",CARE-201," + yesterday + ",passed\n"
                + agent + ",GDPR-100," + yesterday + ",maybe\n";
        int enrolments = ctx.fetchCount(TRAINING_ENROLMENT);
        ImportResult result = run(file, true);
        assertThat(result.committed()).isFalse();
        assertThat(result.errors()).extracting(ImportError::line, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "course_code"),
                org.assertj.core.groups.Tuple.tuple(3L, "employee_number"),
                org.assertj.core.groups.Tuple.tuple(4L, "completed_on"),
                org.assertj.core.groups.Tuple.tuple(5L, "course_code"),
                org.assertj.core.groups.Tuple.tuple(6L, "result"));
        assertThat(result.errors().get(0).message()).isEqualTo("No course has the code NOPE-101.");
        assertThat(result.errors().get(1).message()).isEqualTo("No agent has the employee number E99999.");
        assertThat(result.errors().get(2).message()).contains("left on " + medium(left.value2(), Locale.ENGLISH));
        assertThat(result.errors().get(3).message()).contains("CARE-201 needs CHAT-101 completed first");
        assertThat(result.errors().get(4).message()).isEqualTo("'maybe' is not a result; use passed or failed");
        // the reader's language, as the import page and the REST problem show a row: line, column and why
        Locale polish = Locale.forLanguageTag("pl");
        assertThat(row(result.errors().get(3), polish)).isEqualTo("wiersz 5, kolumna course_code: CARE-201 wymaga "
                + "najpierw ukończenia CHAT-101; konsultant " + agent + " nie ukończył go do "
                + medium(yesterday, polish) + " włącznie.");
        assertThat(row(result.errors().get(4), Locale.forLanguageTag("tr")))
                .isEqualTo("satır 6, sütun result: 'maybe' bir sonuç değil; passed ya da failed yazın");
        assertThat(ctx.fetchCount(TRAINING_ENROLMENT)).isEqualTo(enrolments);
    }

    @Test
    void aCleanFileRecordsPassesRaisesTheSkillAndReimportsUnchanged() {
        String agent = agentWithoutChat();
        LocalDate day = LocalDate.now().minusDays(3);
        // the prerequisite passed earlier in the same file counts
        String file = "employee_number,course_code,completed_on,result,score\n"
                + agent + ",CHAT-101," + day + ",passed,88\n"
                + agent + ",CARE-201," + day.plusDays(2) + ",PASSED,\n";
        ImportResult preview = run(file, false);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.created()).isEqualTo(2);
        assertThat(preview.committed()).isFalse();

        ImportResult committed = run(file, true);
        assertThat(committed.committed()).isTrue();
        assertThat(committed.created()).isEqualTo(2);
        assertThat(ctx.select(AGENT_SKILL.PROFICIENCY).from(AGENT_SKILL).join(AGENT).on(AGENT.ID.eq(AGENT_SKILL.AGENT_ID))
                .join(SKILL).on(SKILL.ID.eq(AGENT_SKILL.SKILL_ID)).where(AGENT.EMPLOYEE_NUMBER.eq(agent))
                .and(SKILL.CODE.eq("CARE_EN_CHAT")).fetchSingle(AGENT_SKILL.PROFICIENCY)).isEqualByComparingTo("0.50");
        assertThat(ctx.fetchCount(AGENT_SKILL_GAIN.join(AGENT).on(AGENT.ID.eq(AGENT_SKILL_GAIN.AGENT_ID)),
                AGENT.EMPLOYEE_NUMBER.eq(agent).and(AGENT_SKILL_GAIN.GAINED_ON.eq(day.plusDays(2))))).isEqualTo(1);

        ImportResult again = run(file, true);
        assertThat(again.created() + again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);

        ImportResult differently = run(file.replace(",passed,88", ",failed,40"), false);
        assertThat(differently.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).isEqualTo("a result of CHAT-101 on " + medium(day, Locale.ENGLISH)
                    + " is recorded already for agent " + agent + " (passed, score 88); correct it in the training screen");
            assertThat(e.message(Locale.forLanguageTag("tr"))).isEqualTo(agent + " temsilcisinin CHAT-101 kursu için "
                    + medium(day, Locale.forLanguageTag("tr")) + " tarihli sonucu zaten kayıtlı (passed, puan 88); "
                    + "düzeltmek için eğitim ekranını kullanın");
        });
    }
}
