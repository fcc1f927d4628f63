package dev.frontline.quality.kpis;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_DAILY_KPI;
import static dev.frontline.db.Tables.AUDIT_EVENT;
import static dev.frontline.quality.kpis.KpiFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.imports.HistoryOptions;
import dev.frontline.imports.ImportChange;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.ImportService;
import dev.frontline.imports.csv.ImportError;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * The agents' daily KPI import on the real database: a clean file lands, a re-import replaces only the days that
 * differ, and every bad row is refused naming its line and column while nothing of the file is stored.
 */
@FrontlineIntegrationTest
@WithUserDetails("planner")
class AgentKpiImportTest {

    static final String HEADER = "employee_number,date,contacts_handled,aht_seconds,qa_score,qa_evaluations,"
            + "fcr_percent,csat,ces,survey_responses\n";
    static final LocalDate HIRED = LocalDate.of(2025, 1, 6);
    static final LocalDate LEFT = LocalDate.of(2025, 6, 30);

    @Autowired
    ImportService imports;
    @Autowired
    DSLContext ctx;

    @AfterEach
    void removeFixtures() {
        KpiFixtures.removeAll(ctx);
    }

    private ImportResult run(String file, boolean commit) {
        return imports.importFile(ImportKind.AGENT_KPIS, csv(file), file.length(), HistoryOptions.NONE, commit,
                Progress.NONE, Cancellation.NONE);
    }

    private int stored(String agent) {
        return ctx.fetchCount(AGENT_DAILY_KPI.join(AGENT).on(AGENT.ID.eq(AGENT_DAILY_KPI.AGENT_ID)),
                AGENT.EMPLOYEE_NUMBER.eq(agent));
    }

    @Test
    void aCleanFileIsStoredAndAReimportReplacesOnlyTheDaysThatDiffer() {
        String agent = KpiFixtures.agent(ctx, HIRED, null);
        String file = HEADER
                + agent + ",2025-03-03,41,312.5,82,1,74,4.4,5.9,3\n"
                + agent + ",2025-03-04,38,330,,,71.5,,,0\n"
                // a day on training: no contacts, so no AHT or FCR; a QA evaluation of an older call still counts
                + agent + ",2025-03-05,0,,88,2,,,,\n";

        ImportResult preview = run(file, false);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.committed()).isFalse();
        assertThat(preview.created()).isEqualTo(3);
        assertThat(stored(agent)).isZero();

        int audits = ctx.fetchCount(AUDIT_EVENT);
        ImportResult commit = run(file, true);
        assertThat(commit.committed()).isTrue();
        assertThat(commit.created()).isEqualTo(3);
        assertThat(stored(agent)).isEqualTo(3);
        assertThat(ctx.fetchCount(AUDIT_EVENT)).isEqualTo(audits + 1);
        var day = ctx.selectFrom(AGENT_DAILY_KPI).where(AGENT_DAILY_KPI.DAY.eq(LocalDate.of(2025, 3, 5)))
                .and(AGENT_DAILY_KPI.AGENT_ID.eq(ctx.select(AGENT.ID).from(AGENT).where(AGENT.EMPLOYEE_NUMBER.eq(agent))))
                .fetchSingle();
        assertThat(day.getContactsHandled()).isZero();
        assertThat(day.getAhtSeconds()).isNull();
        assertThat(day.getQaScore()).isEqualByComparingTo("88");
        assertThat(day.getQaEvaluations()).isEqualTo((short) 2);

        ImportResult again = run(file, true);
        assertThat(again.created()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(ctx.fetchCount(AUDIT_EVENT)).isEqualTo(audits + 1);

        ImportResult replaced = run(file.replace(agent + ",2025-03-03,41,312.5,82,1,74,4.4,5.9,3",
                agent + ",2025-03-03,41,312.5,85,1,74,4.4,5.9,3"), true);
        assertThat(replaced.created()).isZero();
        assertThat(replaced.changed()).isEqualTo(1);
        assertThat(replaced.unchanged()).isEqualTo(2);
        assertThat(replaced.changes()).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(2);
            assertThat(c.action()).isEqualTo(ImportChange.Action.CHANGED);
            assertThat(c.key()).isEqualTo(agent + " 2025-03-03");
            assertThat(c.details()).isEqualTo("qa_score: 82 → 85");
        });
        assertThat(stored(agent)).isEqualTo(3);
        assertThat(ctx.select(AGENT_DAILY_KPI.QA_SCORE).from(AGENT_DAILY_KPI)
                .where(AGENT_DAILY_KPI.DAY.eq(LocalDate.of(2025, 3, 3)))
                .and(AGENT_DAILY_KPI.AGENT_ID.eq(ctx.select(AGENT.ID).from(AGENT).where(AGENT.EMPLOYEE_NUMBER.eq(agent))))
                .fetchSingle(AGENT_DAILY_KPI.QA_SCORE)).isEqualByComparingTo(new BigDecimal("85"));
    }

    /** One bad row after a good one: the line and column it is refused on, and what the message says. */
    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("unknown agent", "NOBODY-1,2025-03-03,40,300,,,,,,", "employee_number",
                        "unknown agent 'NOBODY-1'; import the agents first"),
                Arguments.of("after the exit date", "{A},2025-07-01,40,300,,,,,,", "date",
                        "Jul 1, 2025 is after agent {A} left (Jun 30, 2025); a KPI row must fall within the agent's employment"),
                Arguments.of("before the hire date", "{A},2025-01-03,40,300,,,,,,", "date",
                        "Jan 3, 2025 is before agent {A} was hired (Jan 6, 2025); a KPI row must fall within the agent's employment"),
                Arguments.of("QA of 140", "{A},2025-03-04,40,300,140,1,,,,", "qa_score",
                        "140 is out of range; allowed 0 to 100"),
                Arguments.of("CSAT of 0", "{A},2025-03-04,40,300,,,,0,,2", "csat",
                        "0 is out of range; allowed 1 to 5"),
                Arguments.of("CES of 8", "{A},2025-03-04,40,300,,,,,8,2", "ces",
                        "8 is out of range; allowed 1 to 7"),
                Arguments.of("CES of 0.5", "{A},2025-03-04,40,300,,,,,0.5,2", "ces",
                        "0.5 is out of range; allowed 1 to 7"),
                Arguments.of("AHT with no contacts", "{A},2025-03-04,0,300,,,,,,", "aht_seconds",
                        "is 300 but no contacts were handled; leave AHT empty when contacts_handled is 0"),
                Arguments.of("no AHT with contacts", "{A},2025-03-04,12,,,,,,,", "aht_seconds",
                        "is empty but 12 contacts were handled; AHT is required when contacts_handled is above 0"),
                Arguments.of("FCR with no contacts", "{A},2025-03-04,0,,,,70,,,", "fcr_percent",
                        "is 70 but no contacts were handled; leave FCR empty when contacts_handled is 0"),
                Arguments.of("negative contacts", "{A},2025-03-04,-3,300,,,,,,", "contacts_handled",
                        "-3 is negative; must be at least 0"),
                Arguments.of("negative evaluations", "{A},2025-03-04,40,300,,-1,,,,", "qa_evaluations",
                        "-1 is negative; must be at least 0"),
                Arguments.of("negative survey responses", "{A},2025-03-04,40,300,,,,,,-2", "survey_responses",
                        "-2 is negative; must be at least 0"),
                Arguments.of("QA score without evaluations", "{A},2025-03-04,40,300,80,,,,,", "qa_evaluations",
                        "is empty but a QA score is given; say how many evaluations the score averages (at least 1)"),
                Arguments.of("CSAT without responses", "{A},2025-03-04,40,300,,,,4.5,,0", "survey_responses",
                        "is 0 but csat is given; say how many survey responses it averages (at least 1)"),
                Arguments.of("same agent and day twice", "{A},2025-03-03,39,301,,,,,,", "date",
                        "agent {A} on Mar 3, 2025 appears again; line 2 has this agent and day already"),
                Arguments.of("unparseable date", "{A},03/04/2025,40,300,,,,,,", "date",
                        "'03/04/2025' is not an ISO date (yyyy-mm-dd)"),
                Arguments.of("impossible date", "{A},2025-02-30,40,300,,,,,,", "date",
                        "'2025-02-30' is not an ISO date (yyyy-mm-dd)"),
                Arguments.of("unparseable number", "{A},2025-03-04,40,5m,,,,,,", "aht_seconds",
                        "'5m' is not a number (use a decimal point)"),
                Arguments.of("fractional count", "{A},2025-03-04,40.5,300,,,,,,", "contacts_handled",
                        "'40.5' is not a whole number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsRefusedNamingLineAndColumnAndNothingIsStored(String name, String row, String column, String message) {
        String agent = KpiFixtures.agent(ctx, HIRED, LEFT);
        String file = HEADER + agent + ",2025-03-03,40,300,80,1,70,4.5,5.5,2\n" + row.replace("{A}", agent) + "\n";
        ImportResult result = run(file, true);
        assertThat(result.committed()).isFalse();
        assertThat(result.errors()).extracting(ImportError::describe)
                .containsExactly("line 3, column " + column + ": " + message.replace("{A}", agent));
        assertThat(stored(agent)).isZero();
    }

    @Test
    void aFileWithOneBadRowAmongManyWritesNothingAndListsEveryError() {
        String agent = KpiFixtures.agent(ctx, HIRED, null);
        StringBuilder file = new StringBuilder(HEADER);
        for (LocalDate d = LocalDate.of(2025, 2, 3); d.isBefore(LocalDate.of(2025, 5, 1)); d = d.plusDays(1)) {
            file.append(agent).append(',').append(d).append(",40,300,80,1,70,4.5,5.5,2\n");
        }
        int good = file.toString().split("\n").length - 1;
        file.append(agent).append(",2025-05-02,40,300,140,1,70,0,5.5,2\n");
        ImportResult result = run(file.toString(), true);
        assertThat(result.committed()).isFalse();
        assertThat(result.rows()).isEqualTo(good + 1);
        assertThat(result.created()).isZero();
        assertThat(result.errors()).extracting(ImportError::describe).containsExactly(
                "line " + (good + 2) + ", column csat: 0 is out of range; allowed 1 to 5",
                "line " + (good + 2) + ", column qa_score: 140 is out of range; allowed 0 to 100");
        assertThat(stored(agent)).isZero();

        // the same file without the bad row goes in whole
        ImportResult clean = run(file.substring(0, file.lastIndexOf(agent + ",2025-05-02")), true);
        assertThat(clean.committed()).isTrue();
        assertThat(stored(agent)).isEqualTo(good);
    }

    @Test
    @WithUserDetails("hr.lead")
    void hrImportsKpisButNoOtherKind() {
        String agent = KpiFixtures.agent(ctx, HIRED, null);
        ImportResult result = run(HEADER + agent + ",2025-03-03,40,300,80,1,70,4.5,5.5,2\n", true);
        assertThat(result.committed()).isTrue();
        assertThat(stored(agent)).isEqualTo(1);
        assertThatThrownBy(() -> imports.importFile(ImportKind.QUEUE_SERVICE, csv("queue,interval_start\n"), 0,
                HistoryOptions.NONE, false, Progress.NONE, Cancellation.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importFile(ImportKind.AGENTS, csv("employee_number\n"), 0,
                HistoryOptions.NONE, false, Progress.NONE, Cancellation.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("agent.ist")
    void anAgentImportsNothing() {
        assertThatThrownBy(() -> run(HEADER, false)).isInstanceOf(AccessDeniedException.class);
    }
}
