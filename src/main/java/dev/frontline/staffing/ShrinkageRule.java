package dev.frontline.staffing;

import java.time.DayOfWeek;

/**
 * One row of the shrinkage table: planned and unplanned shrinkage in percent of paid time, for a queue (null: every
 * queue) and a weekday (null: every day).
 */
public record ShrinkageRule(Long queueId, DayOfWeek weekday, double plannedPercent, double unplannedPercent) {

    public double totalPercent() {
        return plannedPercent + unplannedPercent;
    }
}
