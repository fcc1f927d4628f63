package dev.frontline.quality.planactual;

import java.time.LocalDate;
import java.util.List;

import dev.frontline.quality.planactual.engine.Measure;

/** Plan against actual of one queue, week by week (or day by day within a week), with today's goal. */
public record PlanActualReport(PlanQueue queue, Measure measure, double goal, LocalDate from, LocalDate to,
        List<PlanActualPeriod> periods) {
}
