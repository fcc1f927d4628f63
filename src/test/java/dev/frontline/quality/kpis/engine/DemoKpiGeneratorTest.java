package dev.frontline.quality.kpis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.frontline.quality.kpis.engine.DemoKpiGenerator.AgentProfile;
import dev.frontline.quality.kpis.engine.DemoKpiGenerator.Generated;
import dev.frontline.quality.kpis.engine.DemoKpiGenerator.KpiDay;
import dev.frontline.quality.kpis.engine.DemoKpiGenerator.Style;

/** The demo KPIs: valid, within employment, deterministic, with the ramp and the speed/quality styles visible. */
class DemoKpiGeneratorTest {

    static final LocalDate LAST = LocalDate.of(2026, 11, 29);
    static final LocalDate FIRST = LAST.minusYears(2).plusDays(1);

    /** Ten teams of fifteen, a third hired during the window (some of whom left), contracts of 3 to 5 days. */
    static List<AgentProfile> population() {
        Random random = new Random(7);
        List<AgentProfile> agents = new ArrayList<>();
        long id = 1;
        for (int team = 1; team <= 10; team++) {
            for (int i = 0; i < 15; i++) {
                LocalDate hired = i % 3 == 0 ? FIRST.plusDays(random.nextInt(600)) : FIRST.minusDays(30 + random.nextInt(1500));
                LocalDate left = i % 7 == 3 ? LAST.minusDays(random.nextInt(200)) : null;
                if (left != null && left.isBefore(hired)) {
                    left = null;
                }
                int days = i % 5 == 4 ? 3 : i % 5 == 3 ? 4 : 5;
                agents.add(new AgentProfile(id++, "T" + team, hired, left, days, days == 5 ? 8 : 7.5,
                        team % 2 == 0 ? 300 : 480, 0.5 + 0.5 * random.nextDouble()));
            }
        }
        return agents;
    }

    private static final Generated GENERATED = new DemoKpiGenerator(42, FIRST, LAST).generate(population());

    @Test
    void everyRowIsValidAndWithinTheWindowTheEmploymentAndTheContractsWeekdays() {
        Map<Long, AgentProfile> agents = population().stream()
                .collect(Collectors.toMap(AgentProfile::agentId, a -> a));
        assertThat(GENERATED.days()).hasSizeGreaterThan(50_000);
        for (KpiDay d : GENERATED.days()) {
            AgentProfile agent = agents.get(d.agentId());
            assertThat(d.day()).isBetween(FIRST, LAST).isAfterOrEqualTo(agent.hireDate());
            if (agent.exitDate() != null) {
                assertThat(d.day()).isBeforeOrEqualTo(agent.exitDate());
            }
            assertThat(d.day().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(d.contactsHandled()).isPositive();
            assertThat(d.ahtSeconds()).isPositive();
            assertThat(d.fcrPercent()).isBetween(0.0, 100.0);
            assertThat(d.qaScore() == null).isEqualTo(d.qaEvaluations() == 0);
            if (d.qaScore() != null) {
                assertThat(d.qaScore()).isBetween(0.0, 100.0);
            }
            assertThat(d.csat() == null).isEqualTo(d.surveyResponses() == 0);
            if (d.csat() != null) {
                assertThat(d.csat()).isBetween(1.0, 5.0);
                assertThat(d.ces()).isBetween(1.0, 7.0);
            }
            assertThat(d.surveyResponses()).isBetween(0, d.contactsHandled());
        }
        // a part-timer works on no more weekdays than their contract has
        Map<Long, Long> weekdaysWorked = GENERATED.days().stream().collect(Collectors.groupingBy(KpiDay::agentId,
                Collectors.mapping(KpiDay::day, Collectors.collectingAndThen(Collectors.toSet(),
                        days -> days.stream().map(LocalDate::getDayOfWeek).distinct().count()))));
        agents.values().forEach(a -> assertThat(weekdaysWorked.getOrDefault(a.agentId(), 0L))
                .isLessThanOrEqualTo(a.workingDaysPerWeek()));
    }

    @Test
    void qualityIsEvaluatedAboutTwiceAWeekAndAgentsHaveAbsences() {
        Map<Long, AgentProfile> agents = population().stream()
                .collect(Collectors.toMap(AgentProfile::agentId, a -> a));
        long evaluations = GENERATED.days().stream().mapToLong(KpiDay::qaEvaluations).sum();
        double weeksWorked = GENERATED.days().stream()
                .mapToDouble(d -> 1.0 / agents.get(d.agentId()).workingDaysPerWeek()).sum();
        assertThat(evaluations / weeksWorked).isBetween(1.8, 2.5);
        // full-timers employed the whole window: about 5 x 104 weekdays less leave and sick days
        long fullTimer = agents.values().stream().filter(a -> a.workingDaysPerWeek() == 5
                && a.hireDate().isBefore(FIRST) && a.exitDate() == null).findFirst().orElseThrow().agentId();
        long worked = GENERATED.days().stream().filter(d -> d.agentId() == fullTimer).count();
        assertThat(worked).isBetween(400L, 500L);
    }

    @Test
    void newHiresAreSlowerAndLowerInQualityAndCatchUpAlongTheRamp() {
        Map<Long, AgentProfile> agents = population().stream()
                .collect(Collectors.toMap(AgentProfile::agentId, a -> a));
        List<KpiDay> firstTwoWeeks = new ArrayList<>();
        List<KpiDay> weeks13To26 = new ArrayList<>();
        for (KpiDay d : GENERATED.days()) {
            AgentProfile a = agents.get(d.agentId());
            if (a.hireDate().isBefore(FIRST) || GENERATED.styles().get(a.agentId()) != Style.TYPICAL) {
                continue;
            }
            long tenure = ChronoUnit.DAYS.between(a.hireDate(), d.day());
            if (tenure < 14) {
                firstTwoWeeks.add(d);
            } else if (tenure >= 91 && tenure < 182) {
                weeks13To26.add(d);
            }
        }
        assertThat(firstTwoWeeks).hasSizeGreaterThan(200);
        // AHT relative to the agent's queues, so teams with long and short handle times compare
        double earlyAht = mean(firstTwoWeeks, d -> d.ahtSeconds() / agents.get(d.agentId()).queueAhtSeconds());
        double laterAht = mean(weeks13To26, d -> d.ahtSeconds() / agents.get(d.agentId()).queueAhtSeconds());
        assertThat(earlyAht / laterAht).isGreaterThan(1.25);
        double earlyQa = mean(firstTwoWeeks.stream().filter(d -> d.qaScore() != null).toList(), KpiDay::qaScore);
        double laterQa = mean(weeks13To26.stream().filter(d -> d.qaScore() != null).toList(), KpiDay::qaScore);
        assertThat(laterQa - earlyQa).isGreaterThan(8);
        double earlyFcr = mean(firstTwoWeeks, KpiDay::fcrPercent);
        double laterFcr = mean(weeks13To26, KpiDay::fcrPercent);
        assertThat(laterFcr - earlyFcr).isGreaterThan(7);
        assertThat(DemoKpiGenerator.ramp(0)).isZero();
        assertThat(DemoKpiGenerator.ramp(12 * 7)).isBetween(0.94, 0.96);
    }

    @Test
    void aFewExperiencedAgentsAreFastButLowInQualityAndAFewSlowButExcellent() {
        Map<Long, AgentProfile> agents = population().stream()
                .collect(Collectors.toMap(AgentProfile::agentId, a -> a));
        Map<Style, List<Long>> byStyle = GENERATED.styles().entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        assertThat(byStyle.get(Style.FAST_LOW_QUALITY)).hasSize(DemoKpiGenerator.FAST_LOW_QUALITY_AGENTS);
        assertThat(byStyle.get(Style.SLOW_HIGH_QUALITY)).hasSize(DemoKpiGenerator.SLOW_HIGH_QUALITY_AGENTS);
        LocalDate lastHalfYear = LAST.minusMonths(6);
        for (Style style : List.of(Style.FAST_LOW_QUALITY, Style.SLOW_HIGH_QUALITY)) {
            for (long id : byStyle.get(style)) {
                AgentProfile agent = agents.get(id);
                assertThat(agent.exitDate()).isNull();
                List<KpiDay> own = days(id, lastHalfYear);
                List<KpiDay> peers = GENERATED.days().stream().filter(d -> !d.day().isBefore(lastHalfYear))
                        .filter(d -> d.agentId() != id && agents.get(d.agentId()).team().equals(agent.team()))
                        .filter(d -> GENERATED.styles().get(d.agentId()) == Style.TYPICAL).toList();
                double ahtRatio = mean(own, KpiDay::ahtSeconds) / mean(peers, KpiDay::ahtSeconds);
                double qaGap = mean(own.stream().filter(d -> d.qaScore() != null).toList(), KpiDay::qaScore)
                        - mean(peers.stream().filter(d -> d.qaScore() != null).toList(), KpiDay::qaScore);
                double fcrGap = mean(own, KpiDay::fcrPercent) - mean(peers, KpiDay::fcrPercent);
                if (style == Style.FAST_LOW_QUALITY) {
                    assertThat(ahtRatio).as("AHT of fast agent %d against peers", id).isLessThan(0.85);
                    assertThat(qaGap).as("QA of fast agent %d against peers", id).isLessThan(-7);
                    assertThat(fcrGap).as("FCR of fast agent %d against peers", id).isLessThan(-6);
                } else {
                    assertThat(ahtRatio).as("AHT of slow agent %d against peers", id).isGreaterThan(1.1);
                    assertThat(qaGap).as("QA of slow agent %d against peers", id).isGreaterThan(3);
                    assertThat(fcrGap).as("FCR of slow agent %d against peers", id).isGreaterThan(4);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDaysAndAnotherSeedOthers() {
        Generated again = new DemoKpiGenerator(42, FIRST, LAST).generate(population());
        assertThat(again).isEqualTo(GENERATED);
        Generated other = new DemoKpiGenerator(43, FIRST, LAST).generate(population());
        assertThat(other.days()).isNotEqualTo(GENERATED.days());
    }

    private static List<KpiDay> days(long agent, LocalDate from) {
        return GENERATED.days().stream().filter(d -> d.agentId() == agent && !d.day().isBefore(from)).toList();
    }

    private static double mean(List<KpiDay> days, java.util.function.ToDoubleFunction<KpiDay> value) {
        return days.stream().mapToDouble(value).average().orElseThrow();
    }
}
