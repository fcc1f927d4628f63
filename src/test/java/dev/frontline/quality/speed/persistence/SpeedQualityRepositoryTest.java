package dev.frontline.quality.speed.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.frontline.quality.speed.SpeedQualityFixture;
import dev.frontline.quality.speed.engine.DailyKpi;
import dev.frontline.quality.speed.engine.KpiFigures;
import dev.frontline.quality.speed.engine.KpiSums;
import dev.frontline.quality.speed.engine.MonthSums;
import dev.frontline.quality.speed.engine.MonthlyTrend;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The sums the database makes of agent_daily_kpi are the ones the engine makes of the same daily rows. */
@FrontlineIntegrationTest
class SpeedQualityRepositoryTest {

    @Autowired
    DSLContext ctx;
    @Autowired
    SpeedQualityRepository repository;

    private SpeedQualityFixture fixture;

    @BeforeEach
    void write() {
        fixture = new SpeedQualityFixture(ctx);
        fixture.write();
    }

    @AfterEach
    void remove() {
        fixture.remove();
    }

    @Test
    void monthSumsOfATeamWeighEachDayAsTheEngineDoes() {
        // part of January and February only, to see the period cut the days
        LocalDate from = LocalDate.of(2019, 1, 14);
        LocalDate to = LocalDate.of(2019, 2, 20);
        List<MonthSums> sums = repository.teamMonthSums(fixture.teamId, from, to);

        assertThat(sums).extracting(MonthSums::month).containsOnly(YearMonth.of(2019, 1), YearMonth.of(2019, 2));
        assertThat(sums).extracting(MonthSums::agentId).containsAll(fixture.agents);
        Map<Long, List<DailyKpi>> days = fixture.rows().stream()
                .filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
                .collect(Collectors.groupingBy(DailyKpi::agentId));
        Map<Long, KpiSums> byAgent = MonthlyTrend.byAgent(sums);
        for (long agent : fixture.agents) {
            KpiFigures database = byAgent.get(agent).figures();
            KpiFigures engine = KpiSums.ofDays(days.get(agent)).figures();
            assertThat(database.contacts()).isEqualTo(engine.contacts());
            assertThat(database.days()).isEqualTo(engine.days());
            assertThat(database.qaEvaluations()).isEqualTo(engine.qaEvaluations());
            assertThat(database.surveyResponses()).isEqualTo(engine.surveyResponses());
            close(database.ahtSeconds(), engine.ahtSeconds());
            close(database.qaScore(), engine.qaScore());
            close(database.fcrPercent(), engine.fcrPercent());
            close(database.csat(), engine.csat());
            close(database.ces(), engine.ces());
        }
    }

    private static void close(Double database, Double engine) {
        if (engine == null) {
            assertThat(database).isNull();
        } else {
            assertThat(database).isCloseTo(engine, within(1e-6));
        }
    }

    @Test
    void aDayWithoutEvaluationsOrSurveyLeavesThoseAveragesOutAndAnAgentsOwnSumsMatchTheTeams() {
        long agent = fixture.agents.get(3);
        List<MonthSums> mine = repository.agentMonthSums(agent, SpeedQualityFixture.FROM, SpeedQualityFixture.TO);
        KpiFigures figures = KpiSums.total(mine.stream().map(MonthSums::sums).toList()).figures();
        // two evaluations in three months, each scoring 60, among 64 working days of 25 contacts
        assertThat(figures.qaEvaluations()).isEqualTo(2);
        assertThat(figures.qaScore()).isCloseTo(60, within(1e-9));
        assertThat(figures.contacts()).isEqualTo(64L * SpeedQualityFixture.CONTACTS_PER_DAY);
        assertThat(figures.days()).isEqualTo(64);
        KpiSums team = MonthlyTrend.byAgent(repository.teamMonthSums(fixture.teamId, SpeedQualityFixture.FROM,
                SpeedQualityFixture.TO)).get(agent);
        assertThat(team.contacts()).isEqualTo(figures.contacts());
        assertThat(team.qaEvaluations()).isEqualTo(figures.qaEvaluations());
        assertThat(team.figures().ahtSeconds()).isCloseTo(figures.ahtSeconds(), within(1e-9));
        assertThat(repository.lastDay()).hasValueSatisfying(d -> assertThat(d).isAfterOrEqualTo(SpeedQualityFixture.LAST_DAY));
    }

    @Test
    void teamsAndAgentsAreNamed() {
        assertThat(repository.teams()).extracting(t -> t.code()).contains("IST-1", "WAW-1", "HOME-1");
        assertThat(repository.team(fixture.teamId)).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("IST-1"));
        var agent = repository.agentByEmployeeNumber(fixture.employeeNumbers.get(1)).orElseThrow();
        assertThat(agent.id()).isEqualTo(fixture.agents.get(1));
        assertThat(agent.teamId()).isEqualTo(fixture.teamId);
        assertThat(repository.agentByEmployeeNumber("E99999")).isEmpty();
    }
}
