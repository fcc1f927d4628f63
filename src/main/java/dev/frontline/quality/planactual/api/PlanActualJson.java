package dev.frontline.quality.planactual.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.frontline.quality.planactual.PlanActualPeriod;
import dev.frontline.quality.planactual.PlanActualReport;
import dev.frontline.quality.planactual.engine.GapReason;
import dev.frontline.quality.planactual.engine.ServiceGap;

/** The JSON of plan against actual; figures that are not known are null (never NaN). */
final class PlanActualJson {

    private PlanActualJson() {
    }

    record Queue(String code, String name, String channel, String timeZone) {
    }

    @Schema(description = "The plan that counted: the newest requirement version made before the week began whose "
            + "forecast covers the week, and the published roster that covered it")
    record Plan(long forecastVersion, long requirementVersion, OffsetDateTime madeAt, String method, Long rosterVersion,
            String rosterName) {
    }

    @Schema(description = "The parts of the gap (achieved − goal), in the measure's unit; they add up to the gap")
    record Parts(Double plan, Double volume, Double aht, Double staffing, Double model) {
    }

    record Reason(String code, List<Double> args, double effect, boolean harmful) {
    }

    record Period(LocalDate first, LocalDate last, Plan plan, Double forecastContacts, double actualContacts,
            Double volumeErrorPercent, Double forecastAhtSeconds, Double actualAhtSeconds, Double ahtErrorPercent,
            Double requiredAgents, Double scheduledAgents, Double plannedAgents, Double staffedAgents,
            Double plannedService, Double modelledService, Double achievedService, Double gap, Boolean met, Parts parts,
            List<Reason> reasons) {
    }

    @Schema(description = "Plan against actual of a queue; service in percent (SERVICE_LEVEL) or hours of first "
            + "response (RESPONSE_HOURS)")
    record Report(Queue queue, String measure, Double goal, LocalDate from, LocalDate to, List<Period> periods) {
    }

    static Report of(PlanActualReport r) {
        return new Report(new Queue(r.queue().code(), r.queue().name(), r.queue().channel().name(), r.queue().timeZone()),
                r.measure().name(), n(r.goal()), r.from(), r.to(), r.periods().stream().map(PlanActualJson::period).toList());
    }

    private static Period period(PlanActualPeriod p) {
        Plan plan = p.plan() == null ? null : new Plan(p.plan().forecastVersionId(), p.plan().requirementVersionId(),
                p.plan().madeAt(), p.plan().method(), p.plan().rosterVersionId(), p.plan().rosterName());
        ServiceGap g = p.gap();
        if (g == null) {
            return new Period(p.first(), p.last(), null, null, p.actualContacts(), null, null, n(p.actualAhtSeconds()), null,
                    null, null, null, n(p.staffedAgents()), null, null, n(p.achieved()), null, null, null, List.of());
        }
        return new Period(p.first(), p.last(), plan, g.forecastContacts(), g.actualContacts(), n(g.volumeErrorPercent()),
                n(g.forecastAhtSeconds()), n(g.actualAhtSeconds()), n(g.ahtErrorPercent()), n(g.requiredAgents()),
                n(g.scheduledAgents()), n(g.plannedAgents()), n(g.staffedAgents()), n(g.planned()), n(g.modelled()),
                n(g.achieved()), n(g.gap()), g.met(),
                new Parts(n(g.planPart()), n(g.volumePart()), n(g.ahtPart()), n(g.staffingPart()), n(g.residual())),
                g.reasons().stream().map(PlanActualJson::reason).toList());
    }

    private static Reason reason(GapReason r) {
        return new Reason(r.code(), r.args(), r.effect(), r.harmful());
    }

    private static Double n(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : null;
    }
}
