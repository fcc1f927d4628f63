package dev.frontline.quality.planactual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.quality.planactual.engine.GapReason;
import dev.frontline.quality.planactual.engine.Measure;
import dev.frontline.quality.planactual.engine.ServiceGap;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The demo centre's past plans and service actuals, read back through the service as HR and planners see them. */
@FrontlineIntegrationTest
class PlanActualDemoTest {

    private static final List<String> DEMO_QUEUES = List.of("BILLING_TR_VOICE", "TECH_TR_CHAT", "BILLING_PL_VOICE",
            "TECH_PL_EMAIL", "SALES_EN_VOICE", "CARE_EN_CHAT");

    @Autowired
    PlanActualService service;

    private static LocalDate lastWeekMonday() {
        return PlanActualService.monday(LocalDate.now().minusDays(7));
    }

    @Test
    @WithUserDetails("hr.lead")
    void everyQueueHasTwelvePlannedWeeksWhoseGapsAddUp() {
        LocalDate last = lastWeekMonday();
        for (PlanQueue queue : service.queues().stream().filter(q -> DEMO_QUEUES.contains(q.code())).toList()) {
            PlanActualReport report = service.weeks(queue.code(), last.minusWeeks(13), last);
            List<PlanActualPeriod> periods = report.periods();
            assertThat(periods).hasSize(14);
            assertThat(periods.subList(0, 2)).as(queue.code()).allSatisfy(p -> assertThat(p.plan()).isNull());
            assertThat(periods.subList(2, 14)).as(queue.code()).allSatisfy(p -> {
                assertThat(p.plan()).isNotNull();
                assertThat(p.plan().rosterVersionId()).isNotNull();
                assertThat(p.plan().madeAt().toLocalDate()).isBefore(p.first());
                ServiceGap gap = p.gap();
                assertThat(gap.partsSum()).isCloseTo(gap.gap(), within(1e-6));
                assertThat(gap.achieved()).isNotNaN();
                assertThat(gap.staffedAgents()).isPositive();
                assertThat(Math.abs(gap.volumeErrorPercent())).isLessThan(40);
            });
            assertThat(periods.get(0).achieved()).as(queue.code()).isNotNaN();
            assertThat(report.measure()).isEqualTo(queue.deferred() ? Measure.RESPONSE_HOURS : Measure.SERVICE_LEVEL);
            for (PlanActualPeriod p : periods.subList(10, 14)) {
                ServiceGap g = p.gap();
                System.out.printf("%s %s: plan %.1f modelled %.1f achieved %.1f goal %.1f | plan %.2f vol %.2f (%.1f%%) aht %.2f (%.1f%%) staff %.2f (%.2f vs %.2f, sched %.2f req %.2f) resid %.2f%n",
                        queue.code(), p.first(), g.planned(), g.modelled(), g.achieved(), g.goal(), g.planPart(), g.volumePart(),
                        g.volumeErrorPercent(), g.ahtPart(), g.ahtErrorPercent(), g.staffingPart(), g.staffedAgents(),
                        g.plannedAgents(), g.scheduledAgents(), g.requiredAgents(), g.residual());
            }
        }
    }

    @Test
    @WithUserDetails("planner")
    void aWeekDrillsIntoItsDaysAndADayIntoItsIntervals() {
        PlanQueue voice = service.queues().stream().filter(q -> q.code().equals("BILLING_TR_VOICE")).findFirst().orElseThrow();
        PlanActualReport days = service.days(voice.code(), lastWeekMonday());
        assertThat(days.periods()).hasSize(7);
        assertThat(days.periods()).allSatisfy(d -> assertThat(d.gap().partsSum()).isCloseTo(d.gap().gap(), within(1e-6)));
        List<IntervalFigure> intervals = service.intervals(voice.code(), lastWeekMonday());
        assertThat(intervals).hasSizeGreaterThan(40);
        assertThat(intervals).anySatisfy(i -> assertThat(i.scheduledAgents()).isPositive());
        List<GapReason> reasons = days.periods().get(0).gap().reasons();
        // each of the three causes is named exactly once, whichever way it went
        assertThat(reasons.stream().map(GapReason::code).filter(c -> !c.startsWith("PLAN") && !c.equals("MODEL"))
                .map(c -> c.substring(0, c.indexOf('_'))).toList())
                .containsExactlyInAnyOrder("VOLUME", "AHT", "STAFF");
    }
}
