package dev.frontline.capacity.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.frontline.capacity.CapacityPlanSummary;
import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.ScenarioLevers;
import dev.frontline.capacity.StoredClass;
import dev.frontline.capacity.StoredScenario;
import dev.frontline.capacity.engine.CapacityPlan;
import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.PlanWeek;

/** The capacity API's JSON: FTE as numbers, service levels as percentages, nothing a client must decode. */
final class CapacityJson {

    private CapacityJson() {
    }

    record Plan(long id, String name, LocalDate firstWeek, int weeks, Long appliedScenarioId, String createdBy,
            OffsetDateTime createdAt, int version, boolean outOfDate) {

        static Plan of(CapacityPlanSummary p, boolean outOfDate) {
            return new Plan(p.id(), p.name(), p.firstWeek(), p.weeks(), p.appliedScenarioId(), p.createdBy(),
                    p.createdAt(), p.version(), outOfDate);
        }
    }

    record NewPlan(String name, Integer weeks) {
    }

    /**
     * A scenario's figures: average and peak FTE required, hires, their cost in FTE-weeks, queue-weeks below goal,
     * the shortfall in FTE-weeks and the expected service level of the real-time queues (percent; null when none).
     * Expected quality is not given: the plan has no model of quality by onboarding length yet.
     */
    record Figures(double averageRequiredFte, double peakRequiredFte, int hires, double hireFteWeeks, int weeksBelowGoal,
            double shortfallFteWeeks, Double expectedServiceLevelPercent) {

        static Figures of(CapacityPlan.Summary s) {
            return s == null ? null : new Figures(s.averageRequiredFte(), s.peakRequiredFte(), s.hires(), s.hireFteWeeks(),
                    s.weeksBelowGoal(), s.shortfallFteWeeks(),
                    Double.isNaN(s.expectedServiceLevel()) ? null : 100 * s.expectedServiceLevel());
        }
    }

    record Scenario(long id, long planId, String name, boolean isDefault, ScenarioLevers levers,
            OffsetDateTime computedAt, Figures figures, String solverStatus, int version) {

        static Scenario of(StoredScenario s) {
            return new Scenario(s.id(), s.planId(), s.name(), s.isDefault(), s.levers(), s.computedAt(),
                    Figures.of(s.summary()), s.solverStatus(), s.version());
        }
    }

    record NewScenario(String name, ScenarioLevers levers) {
    }

    record Week(String queueCode, String siteCode, LocalDate weekStart, double volume, double ahtSeconds,
            double requiredFte, double requiredLow, double requiredHigh, double existingFte, double hiresFte,
            double trainingFte, double supplyFte, double supplyLow, double supplyHigh, double expectedLeavers,
            double gapFte, double gapPercent, double gapLow, double gapHigh, double expectedServiceLevelPercent,
            boolean belowGoal) {

        static Week of(String queue, String site, PlanWeek w) {
            return new Week(queue, site, w.weekStart(), w.volume(), w.ahtSeconds(), w.requiredFte(), w.requiredLow(),
                    w.requiredHigh(), w.existingFte(), w.hiresFte(), w.trainingFte(), w.supplyFte(), w.supplyLow(),
                    w.supplyHigh(), w.expectedLeavers(), w.gapFte(), w.gapPercent(), w.gapLow(), w.gapHigh(),
                    100 * w.expectedServiceLevel(), w.belowGoal());
        }
    }

    /**
     * A hiring class with its effect on the gap: the scenario's queue-weeks below goal and shortfall in FTE-weeks
     * with every class and without this one.
     */
    record HiringClassJson(long id, String queueCode, String siteCode, LocalDate start, int size, String pathCode,
            int classroomWeeks, int nestingWeeks, double nestingProficiency, LocalDate onPhonesFrom, boolean proposed,
            Integer weeksBelowWith, Integer weeksBelowWithout, Double shortfallWith, Double shortfallWithout) {

        static HiringClassJson of(StoredClass stored, CapacityPlan.Summary summary) {
            HiringClass c = stored.hiringClass();
            return new HiringClassJson(stored.id(), c.queueCode(), c.siteCode(), c.start(), c.size(), c.path().code(),
                    c.path().classroomWeeks(), c.path().nestingWeeks(), c.path().nestingProficiency(), c.onPhonesFrom(),
                    c.proposed(), summary == null ? null : summary.weeksBelowGoal(), stored.weeksBelowWithout(),
                    summary == null ? null : summary.shortfallFteWeeks(), stored.shortfallWithout());
        }
    }

    /** The scenario, its classes and weeks, and where each queue's shrinkage came from (in English). */
    record ScenarioDetail(Scenario scenario, boolean outOfDate, List<HiringClassJson> classes, List<Week> weeks,
            List<String> shrinkage) {

        static ScenarioDetail of(CapacityService.ScenarioDetail d) {
            return new ScenarioDetail(Scenario.of(d.scenario()), d.outOfDate(),
                    d.storedClasses().stream().map(c -> HiringClassJson.of(c, d.scenario().summary())).toList(),
                    d.weeks().stream().map(w -> Week.of(w.queueCode(), w.siteCode(), w.week())).toList(),
                    d.shrinkageNotes().stream().map(dev.frontline.shared.text.Phrase::english).toList());
        }
    }
}
